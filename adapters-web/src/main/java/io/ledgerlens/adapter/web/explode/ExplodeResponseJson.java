package io.ledgerlens.adapter.web.explode;

import io.ledgerlens.adapter.web.http.ErrorItemJson;
import java.util.List;

/** {@code {"events": [...], "warnings": [...]}} */
record ExplodeResponseJson(List<EventJson> events, List<ErrorItemJson> warnings) {
}
