package io.ledgerlens.application.port.in.explode;

import io.ledgerlens.domain.explode.Problem;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Either the exploded events or every reason the contract refuses the request, in the contract's order. */
public sealed interface ExplodeOutcome {

    /**
     * The request stands: here is what it asked to see.
     *
     * @param view the events, the warnings and the sections and currencies to render
     */
    record Exploded(ExplodeView view) implements ExplodeOutcome {
        /**
         * Refuses a missing view.
         *
         * @param view the events, the warnings and the sections and currencies to render
         */
        public Exploded {
            Objects.requireNonNull(view, "view");
        }
    }

    /**
     * The contract refuses the request, or the store could not answer it (9003).
     *
     * @param problems every reason, in the contract's order; at least one
     */
    record Rejected(List<Problem> problems) implements ExplodeOutcome {
        /**
         * Refuses a rejection without a reason.
         *
         * @param problems every reason, in the contract's order; at least one
         */
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection gives at least one reason");
            }
        }
    }

    /**
     * Gives the one function that fits this outcome what it carries.
     *
     * @param <R>        what both cases are turned into
     * @param onRejected applied to the reasons of a refused request
     * @param onExploded applied to the answer of one that stands
     * @return what the matching function gave
     */
    default <R> R fold(Function<List<Problem>, R> onRejected, Function<ExplodeView, R> onExploded) {
        if (this instanceof Exploded exploded) {
            return onExploded.apply(exploded.view());
        }
        return onRejected.apply(((Rejected) this).problems());
    }
}
