package io.ledgerlens.application.port.in.registration;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What a registration (an org, a connection, reference data, a customer, a user group) did. */
public sealed interface RegistrationOutcome {

    /**
     * One function per case, each case applying its own: a new case fails to compile here and wherever outcomes
     * are folded, and no case is reached by a cast.
     */
    <T> T fold(Function<Saved, T> saved, Function<Refused, T> refused, Function<Unavailable, T> unavailable);

    /** Written: new ({@code created}) or replacing what was registered under the same id. */
    record Saved(boolean created) implements RegistrationOutcome {
        @Override
        public <T> T fold(Function<Saved, T> saved, Function<Refused, T> refused, Function<Unavailable, T> unavailable) {
            return saved.apply(this);
        }
    }

    /** Not written, for {@code reason}; each problem says where and why. Nothing was written. */
    record Refused(Refusal reason, List<FieldProblem> problems) implements RegistrationOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal gives at least one reason");
            }
        }

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
