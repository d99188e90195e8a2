package io.ledgerlens.application.port.in.explode;

import io.ledgerlens.domain.explode.Problem;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Either the exploded events or every reason the contract refuses the request, in the contract's order. */
public sealed interface ExplodeOutcome {

    record Exploded(ExplodeView view) implements ExplodeOutcome {
        public Exploded {
            Objects.requireNonNull(view, "view");
        }
    }

    record Rejected(List<Problem> problems) implements ExplodeOutcome {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection gives at least one reason");
            }
        }
    }

    default <R> R fold(Function<List<Problem>, R> onRejected, Function<ExplodeView, R> onExploded) {
        if (this instanceof Exploded exploded) {
            return onExploded.apply(exploded.view());
        }
        return onRejected.apply(((Rejected) this).problems());
    }
}
