package io.ledgerlens.adapter.web.registration;

import static io.ledgerlens.adapter.web.registration.RegistrationReader.samePath;
import static io.ledgerlens.adapter.web.http.FieldChecks.all;
import static io.ledgerlens.adapter.web.http.FieldChecks.at;
import static io.ledgerlens.adapter.web.http.FieldChecks.build;
import static io.ledgerlens.adapter.web.http.FieldChecks.problem;
import static io.ledgerlens.adapter.web.http.FieldChecks.required;
import static io.ledgerlens.adapter.web.http.FieldChecks.requiredPositive;
import static io.ledgerlens.adapter.web.http.FieldChecks.rule;
import static io.ledgerlens.adapter.web.http.FieldChecks.text;
import static io.ledgerlens.adapter.web.http.FieldChecks.valid;
import static io.ledgerlens.domain.text.StoredText.SHORT;

import io.ledgerlens.adapter.web.http.FieldChecks;
import io.ledgerlens.adapter.web.registration.RegistrationJson.CustomerJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.IdentifierJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.MemberJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.UserGroupJson;
import io.ledgerlens.application.port.in.registration.FieldProblem;
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a customer or user group body, with the id of its path, into the
 * customer or group of the caller's org it registers, or into every problem it
 * has, each at its field path: identifiers one by one, members one by one.
 */
final class CustomerReader {

    /** A household is small; a request with more is a mistake, not a group. */
    static final int MAX_MEMBERS = 1000;
    static final int MAX_IDENTIFIERS = 100;

    private CustomerReader() {
    }

    static Validation<Seq<FieldProblem>, Customer> customer(OrgId caller, Validation<Seq<FieldProblem>, Long> customerId,
                                                            CustomerJson in) {
        var sameCustomer = samePath("customerId", in.customerId(), customerId);
        var first = text("firstName", in.firstName(), SHORT);
        var last = text("lastName", in.lastName(), SHORT);
        var identifiers = identifiers(in.identifiers());
        return all(() -> build("", () -> Customer.register(CustomerId.of(customerId.get()), caller, first.get().orElse(null),
                        last.get().orElse(null), identifiers.get())),
                customerId, sameCustomer, first, last, identifiers);
    }

    /** Each identifier once: a repeat is reported at itself, naming the first. */
    private static Validation<Seq<FieldProblem>, List<CustomerIdentifier>> identifiers(List<IdentifierJson> inputs) {
        if (inputs == null) {
            return valid(List.of());
        }
        if (inputs.size() > MAX_IDENTIFIERS) {
            return problem("identifiers", FieldProblem.INVALID, "a customer has at most " + MAX_IDENTIFIERS + " identifiers");
        }
        var firstIndex = new HashMap<CustomerIdentifier, Integer>();
        var identifiers = new ArrayList<Validation<Seq<FieldProblem>, CustomerIdentifier>>();
        for (int i = 0; i < inputs.size(); i++) {
            var path = at("identifiers", i);
            int index = i;
            identifiers.add(required(path, inputs.get(i)).flatMap(in -> identifier(path, in)).flatMap(identifier -> {
                var earlier = firstIndex.putIfAbsent(identifier, index);
                return earlier == null ? valid(identifier) : problem(path, FieldProblem.INVALID, "repeats identifiers[" + earlier + "]");
            }));
        }
        return Validation.sequence(identifiers).map(Seq::asJava);
    }

    private static Validation<Seq<FieldProblem>, CustomerIdentifier> identifier(String path, IdentifierJson in) {
        var name = required(at(path, "name"), in.name()).flatMap(text -> identifierName(at(path, "name"), text));
        var value = required(at(path, "value"), in.value()).flatMap(given -> name.isInvalid() || name.get().accepts(given)
                ? valid(given)
                : problem(at(path, "value"), FieldProblem.INVALID, "value is not a valid " + wireName(name.get()) + shapeOf(name.get())));
        var source = required(at(path, "source"), in.source()).flatMap(text -> source(at(path, "source"), text));
        var account = in.accountId() == null ? valid(AccountId.DEFAULT) : AccountId.parse(in.accountId())
                .<Validation<Seq<FieldProblem>, AccountId>>map(FieldChecks::valid)
                .orElseGet(() -> problem(at(path, "accountId"), FieldProblem.INVALID, "accountId must be at most 100 printable characters"));
        return all(() -> valid(new CustomerIdentifier(name.get(), value.get(), source.get(), account.get())),
                name, value, source, account);
    }

    private static Validation<Seq<FieldProblem>, IdentifierName> identifierName(String field, String text) {
        return IdentifierName.parse(text, false).filter(IdentifierName::isRegistrable)
                .<Validation<Seq<FieldProblem>, IdentifierName>>map(FieldChecks::valid)
                .orElseGet(() -> problem(field, FieldProblem.INVALID, "name must be one of mobile, email, externalId"));
    }

    private static Validation<Seq<FieldProblem>, Source> source(String field, String text) {
        return Source.parse(text).filter(s -> s != Source.ALL)
                .<Validation<Seq<FieldProblem>, Source>>map(FieldChecks::valid)
                .orElseGet(() -> problem(field, FieldProblem.INVALID, "source must be one of INSTORE, MARTJACK, WECHAT, FACEBOOK, "
                        + "WEB_ENGAGE, TMALL, TAOBAO, JD, ECOMMERCE, WEBSITE, LINE"));
    }

    /** How identifier names are written on the wire, as explode's {@code identifierName}. */
    static String wireName(IdentifierName name) {
        return switch (name) {
            case MOBILE -> "mobile";
            case EMAIL -> "email";
            case EXTERNAL_ID -> "externalId";
            case ID -> "id";
            case PRIMARY_USER_ID -> "primaryUserId";
        };
    }

    private static String shapeOf(IdentifierName name) {
        return switch (name) {
            case MOBILE -> " (8 to 15 digits)";
            case EMAIL -> " (an address with a domain, at most 254 characters once in lower case, as it is kept)";
            default -> " (1 to 100 printable characters)";
        };
    }

    static Validation<Seq<FieldProblem>, UserGroup> userGroup(OrgId caller, Validation<Seq<FieldProblem>, Long> groupId,
                                                              UserGroupJson in) {
        var sameGroup = samePath("userGroupId", in.userGroupId(), groupId);
        var externalId = required("externalId", in.externalId()).flatMap(id -> IdentifierName.EXTERNAL_ID.accepts(id) ? valid(id)
                : problem("externalId", FieldProblem.INVALID, "externalId must be 1 to 100 printable characters"));
        var name = text("name", in.name(), SHORT);
        var members = required("members", in.members()).flatMap(CustomerReader::members);
        return all(() -> build("", () -> UserGroup.form(UserGroupId.of(groupId.get()), caller, externalId.get(),
                        name.get().orElse(null), members.get().primary(), members.get().all())),
                groupId, sameGroup, externalId, name, members);
    }

    /** A group's members, each once, and the one of them who is primary. */
    private record Members(List<CustomerId> all, CustomerId primary) {
    }

    private static Validation<Seq<FieldProblem>, Members> members(List<MemberJson> inputs) {
        if (inputs.isEmpty() || inputs.size() > MAX_MEMBERS) {
            return problem("members", FieldProblem.INVALID, "a group has 1 to " + MAX_MEMBERS + " members");
        }
        var firstIndex = new HashMap<CustomerId, Integer>();
        var primaries = new ArrayList<CustomerId>();
        var members = new ArrayList<Validation<Seq<FieldProblem>, CustomerId>>();
        for (int i = 0; i < inputs.size(); i++) {
            var path = at("members", i);
            int index = i;
            members.add(required(path, inputs.get(i)).flatMap(member -> member(path, index, member, firstIndex, primaries)));
        }
        var read = Validation.sequence(members);
        var onePrimary = rule(read.isInvalid() || !primaries.isEmpty(), "members", FieldProblem.REQUIRED,
                "exactly one member must be primary");
        return all(() -> valid(new Members(read.get().asJava(), primaries.get(0))), read, onePrimary);
    }

    /** One member, unless an earlier one is the same customer; a second primary is a problem at its {@code primary}. */
    private static Validation<Seq<FieldProblem>, CustomerId> member(String path, int index, MemberJson member,
                                                                    Map<CustomerId, Integer> firstIndex, List<CustomerId> primaries) {
        return requiredPositive(at(path, "customerId"), member.customerId()).map(CustomerId::of).flatMap(customer -> {
            var earlier = firstIndex.putIfAbsent(customer, index);
            if (earlier != null) {
                return problem(at(path, "customerId"), FieldProblem.INVALID, "repeats members[" + earlier + "]");
            }
            if (!Boolean.TRUE.equals(member.primary())) {
                return valid(customer);
            }
            var secondPrimary = !primaries.isEmpty();
            var firstPrimary = secondPrimary ? firstIndex.get(primaries.get(0)) : index;
            primaries.add(customer);
            return secondPrimary ? problem(at(path, "primary"), FieldProblem.INVALID,
                    "members[" + firstPrimary + "] is the primary member already; a group has one") : valid(customer);
        });
    }
}
