package io.ledgerlens.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.domain.explode.ExplodeCriteria;
import io.ledgerlens.domain.explode.ExplodeParameters;
import io.ledgerlens.domain.explode.ExplodeRules;
import io.ledgerlens.domain.explode.Problem;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;

/** Runs the contract's input rules on a request and asserts what came out. */
public final class ExplodeOutcome {

    private ExplodeOutcome() {
    }

    /** The criteria of a request the rules must accept; fails listing the problems otherwise. */
    public static ExplodeCriteria accepted(ExplodeParametersBuilder request) {
        return accepted(request.build());
    }

    public static ExplodeCriteria accepted(ExplodeParameters request) {
        var outcome = ExplodeRules.validate(request);
        assertThat(outcome.isValid())
                .as("request %s refused with %s", request.values(), outcome.isInvalid() ? outcome.getError() : null)
                .isTrue();
        return outcome.get();
    }

    /** The problems of a request the rules must refuse, in the order reported. */
    public static List<Problem> problems(ExplodeParametersBuilder request) {
        return problems(request.build());
    }

    public static List<Problem> problems(ExplodeParameters request) {
        var outcome = ExplodeRules.validate(request);
        assertThat(outcome.isInvalid()).as("request %s should have been refused", request.values()).isTrue();
        return outcome.getError().toJavaList();
    }

    /** The refusal as {@code (wire code, message)} pairs, for {@code containsExactly(tuple(...))}. */
    public static ListAssert<Tuple> assertRefused(ExplodeParametersBuilder request) {
        return assertThat(problems(request).stream().map(p -> Tuple.tuple(p.code().wireCode(), p.message())).toList());
    }

    /** The wire codes of a refusal, in the order reported. */
    public static List<Integer> codes(ExplodeParametersBuilder request) {
        return problems(request).stream().map(p -> p.code().wireCode()).toList();
    }
}
