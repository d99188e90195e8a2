package io.ledgerlens.application.port.in.registration;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What a registration (an org, a connection, reference data, a customer, a user group) did. */
public sealed interface RegistrationOutcome {

    /**
     * One function per case, each case applying its own: a new case fails to compile here and wherever outcomes
     * are folded, and no case is reached by a cast.
     *
     * @param <T>         what every case is turned into
     * @param saved       applied when it was written
     * @param refused     applied when it was refused
     * @param unavailable applied when the store could not answer
     * @return what the matching function gave
     */
    <T> T fold(Function<Saved, T> saved, Function<Refused, T> refused, Function<Unavailable, T> unavailable);

    /**
     * Written: new ({@code created}) or replacing what was registered under the same id.
     *
     * @param created {@code true} when nothing was registered under the id before
     */
    record Saved(boolean created) implements RegistrationOutcome {
        @Override
        public <T> T fold(Function<Saved, T> saved, Function<Refused, T> refused, Function<Unavailable, T> unavailable) {
            return saved.apply(this);
        }
    }

    /**
     * Not written, for {@code reason}; each problem says where and why. Nothing was written.
     *
     * @param reason   the kind of refusal, which decides the answer's status
     * @param problems every reason, each at its field; at least one
     */
    record Refused(Refusal reason, List<FieldProblem> problems) implements RegistrationOutcome {
        /**
         * Refuses a missing reason and a refusal without a problem.
         *
         * @param reason   the kind of refusal, which decides the answer's status
         * @param problems every reason, each at its field; at least one
         */
        public Refused {
            Objects.requireNonNull(reason, "reason");
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal gives at least one reason");
            }
        }

        /**
         * A refusal for one problem.
         *
         * @param reason  the kind of refusal
         * @param field   the path of the field at fault; empty for the registration as a whole
         * @param code    one of the {@link FieldProblem} codes
         * @param message what is wrong, for people
         * @return the refusal with that one problem
         */
        public static Refused because(Refusal reason, String field, String code, String message) {
            return new Refused(reason, List.of(new FieldProblem(field, code, message)));
        }

        @Override
        public <T> T fold(Function<Saved, T> saved, Function<Refused, T> refused, Function<Unavailable, T> unavailable) {
            return refused.apply(this);
        }
    }

    /** The ledger store could not answer; nothing is known to be written (repeating the registration is safe). */
    record Unavailable() implements RegistrationOutcome {
        @Override
        public <T> T fold(Function<Saved, T> saved, Function<Refused, T> refused, Function<Unavailable, T> unavailable) {
            return unavailable.apply(this);
        }
    }

    /** Why a registration was refused. */
    enum Refusal {
        /** The request says something impossible or inconsistent. */
        INVALID,
        /** The caller may not write there: it is another org's, or only another org may do it. */
        FORBIDDEN,
        /** Something the registration stands on is not registered (the org, a tier's program). */
        NOT_FOUND,
        /** It contradicts what is registered: an identifier or name taken, a cycle of orgs. */
        CONFLICT
    }
}
