package io.ledgerlens.domain.explode;

import static io.ledgerlens.domain.explode.ExplodeParameters.*;

import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import java.util.function.Function;

/**
 * The contract's input rules (§4, §5) as one accumulating validation: every
 * problem with the parameters is reported at once, in the order of the
 * contract's table, so {@code errors[0]} is what the original API reports
 * first. A check that needs an earlier input runs only when that input is
 * valid (the value's shape only once its name is known, say).
 *
 * <p>The groups are combined in table order (subject, type, selector, page,
 * currencies) and each group reports its own problems in table order, so the
 * flattened result needs no sorting.
 */
public final class ExplodeRules {

    private ExplodeRules() {
    }

    /**
     * Checks an explode request against the contract's input rules.
     *
     * @param p the request's query parameters
     * @return the criteria, or every problem with the parameters in the contract's order
     */
    public static Validation<Seq<Problem>, ExplodeCriteria> validate(ExplodeParameters p) {
        var type = SubjectRules.type(p);
        var subject = SubjectRules.subject(p, type.getOrElse(SubjectType.CUSTOMER));
        return Validation.combine(
                        subject,
                        type.mapError(problem -> (Seq<Problem>) List.of(problem)),
                        SelectorRules.selector(p),
                        PageRules.page(p),
                        CurrencyRules.currencies(p))
                .ap((identifier, subjectType, selector, page, currencies) -> new ExplodeCriteria(
                        identifier,
                        subjectType,
                        p.flag(IS_PRIMARY_USER),
                        selector,
                        ExplodeFlags.from(p),
                        currencies,
                        page))
                .mapError(groups -> groups.flatMap(group -> group));
    }

    /** Identifier, source, account and type: orders 2 and 3 of the table. */
    static final class SubjectRules {

        private SubjectRules() {
        }

        static Validation<Problem, SubjectType> type(ExplodeParameters p) {
            var text = p.raw(TYPE);
            if (text.isEmpty()) {
                return Validation.valid(SubjectType.CUSTOMER);
            }
            return SubjectType.parse(text.get())
                    .<Validation<Problem, SubjectType>>map(Validation::valid)
                    .orElseGet(() -> Validation.invalid(Problem.invalidType(text.get())));
        }

        static Validation<Seq<Problem>, SubjectIdentifier> subject(ExplodeParameters p, SubjectType type) {
            var nameText = p.text(IDENTIFIER_NAME);
            var valueText = p.text(IDENTIFIER_VALUE);
            var sourceText = p.text(SOURCE);
            Validation<Problem, Boolean> allPresent = Validation.cond(
                    nameText.isPresent() && valueText.isPresent() && sourceText.isPresent(),
                    true, Problem.identifierParametersEmpty());
            var name = whenPresent(nameText,
                    text -> IdentifierName.parse(text, type == SubjectType.USERGROUP2), Problem.identifierNameIncorrect());
            var source = whenPresent(sourceText, Source::parse, Problem.invalidSource());
            // strip(), not trim(): trim() would also drop control characters at the ends ("EXT1\u0000"),
            // so a value that is not printable would be looked up as another one instead of refused.
            var value = name.isValid() && name.get().isPresent() && valueText.isPresent()
                    ? Validation.<Problem, Optional<String>>cond(name.get().get().accepts(valueText.get().strip()),
                            Optional.of(valueText.get().strip()), Problem.identifierValueIncorrect())
                    : Validation.<Problem, Optional<String>>valid(Optional.empty());
            var account = whenPresent(p.text(ACCOUNT_ID), AccountId::parse, Problem.identifierValueIncorrect());
            return Validation.combine(allPresent, name, source, value, account)
                    .ap((present, n, s, v, a) -> new SubjectIdentifier(n.orElseThrow(), v.orElseThrow(), s.orElseThrow(), a));
        }

        /** Absent text is valid here (11013 reports it); present text must parse. */
        private static <T> Validation<Problem, Optional<T>> whenPresent(
                Optional<String> text, Function<String, Optional<T>> parser, Problem problem) {
            if (text.isEmpty()) {
                return Validation.valid(Optional.empty());
            }
            var parsed = parser.apply(text.get());
            return parsed.isPresent() ? Validation.valid(parsed) : Validation.invalid(problem);
        }
    }
}
