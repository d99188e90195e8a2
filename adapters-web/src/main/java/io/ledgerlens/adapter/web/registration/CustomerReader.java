package io.ledgerlens.adapter.web.registration;

import static io.ledgerlens.domain.text.StoredText.SHORT;
import static io.ledgerlens.adapter.web.registration.RegistrationReader.samePath;
import static io.ledgerlens.adapter.web.write.Checks.at;

import io.ledgerlens.adapter.web.registration.RegistrationJson.CustomerJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.IdentifierJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.MemberJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.UserGroupJson;
import io.ledgerlens.adapter.web.write.Checks;
import io.ledgerlens.application.port.in.FieldProblem;
import io.ledgerlens.domain.customer.AccountId;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.customer.CustomerId;
import io.ledgerlens.domain.customer.CustomerIdentifier;
import io.ledgerlens.domain.customer.IdentifierName;
import io.ledgerlens.domain.customer.Source;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.group.UserGroupId;
import io.ledgerlens.domain.org.OrgId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

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

    static Optional<Customer> customer(Checks checks, OrgId caller, Long customerId, CustomerJson in) {
        samePath(checks, "customerId", in.customerId(), customerId);
        var first = checks.text("firstName", in.firstName(), SHORT);
        var last = checks.text("lastName", in.lastName(), SHORT);
        var identifiers = identifiers(checks, in.identifiers());
        return checks.build("", 0, () -> Customer.register(CustomerId.of(customerId), caller, first, last, identifiers));
    }

    private static List<CustomerIdentifier> identifiers(Checks checks, List<IdentifierJson> inputs) {
        var identifiers = new ArrayList<CustomerIdentifier>();
        if (inputs == null) {
            return identifiers;
        }
        if (inputs.size() > MAX_IDENTIFIERS) {
            checks.problem("identifiers", FieldProblem.INVALID, "a customer has at most " + MAX_IDENTIFIERS + " identifiers");
            return identifiers;
        }
        var firstIndex = new HashMap<CustomerIdentifier, Integer>();
        for (int i = 0; i < inputs.size(); i++) {
            var path = at("identifiers", i);
            if (checks.required(path, inputs.get(i)) == null) {
                continue;
            }
            var identifier = identifier(checks, path, inputs.get(i));
            if (identifier == null) {
                continue;
            }
            var earlier = firstIndex.putIfAbsent(identifier, i);
            if (earlier != null) {
                checks.problem(path, FieldProblem.INVALID, "repeats identifiers[" + earlier + "]");
            } else {
                identifiers.add(identifier);
            }
        }
        return identifiers;
    }

    private static CustomerIdentifier identifier(Checks checks, String path, IdentifierJson in) {
        var name = identifierName(checks, at(path, "name"), checks.required(at(path, "name"), in.name()));
        var value = checks.required(at(path, "value"), in.value());
        if (name != null && value != null && !name.accepts(value)) {
            checks.problem(at(path, "value"), FieldProblem.INVALID, "value is not a valid " + wireName(name) + shapeOf(name));
            value = null;
        }
        var source = source(checks, at(path, "source"), checks.required(at(path, "source"), in.source()));
        var account = in.accountId() == null ? AccountId.DEFAULT : AccountId.parse(in.accountId()).orElse(null);
        if (account == null) {
            checks.problem(at(path, "accountId"), FieldProblem.INVALID, "accountId must be at most 100 printable characters");
        }
        return name == null || value == null || source == null || account == null ? null
                : new CustomerIdentifier(name, value, source, account);
    }

    private static IdentifierName identifierName(Checks checks, String field, String text) {
        if (text == null) {
            return null;
        }
        var name = IdentifierName.parse(text, false).filter(IdentifierName::isRegistrable);
        if (name.isEmpty()) {
            checks.problem(field, FieldProblem.INVALID, "name must be one of mobile, email, externalId");
            return null;
        }
        return name.get();
    }

    private static Source source(Checks checks, String field, String text) {
        if (text == null) {
            return null;
        }
        var source = Source.parse(text).filter(s -> s != Source.ALL);
        if (source.isEmpty()) {
            checks.problem(field, FieldProblem.INVALID, "source must be one of INSTORE, MARTJACK, WECHAT, FACEBOOK, "
                    + "WEB_ENGAGE, TMALL, TAOBAO, JD, ECOMMERCE, WEBSITE, LINE");
            return null;
        }
        return source.get();
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

    static Optional<UserGroup> userGroup(Checks checks, OrgId caller, Long groupId, UserGroupJson in) {
        samePath(checks, "userGroupId", in.userGroupId(), groupId);
        var externalId = checks.required("externalId", in.externalId());
        if (externalId != null && !IdentifierName.EXTERNAL_ID.accepts(externalId)) {
            checks.problem("externalId", FieldProblem.INVALID, "externalId must be 1 to 100 printable characters");
        }
        var name = checks.text("name", in.name(), SHORT);
        var members = new ArrayList<CustomerId>();
        var primaries = new ArrayList<CustomerId>();
        members(checks, in.members(), members, primaries);
        return checks.build("", 0, () -> UserGroup.form(UserGroupId.of(groupId), caller, externalId, name,
                primaries.get(0), members));
    }

    private static void members(Checks checks, List<MemberJson> inputs, List<CustomerId> members, List<CustomerId> primaries) {
        if (checks.required("members", inputs) == null) {
            return;
        }
        if (inputs.isEmpty() || inputs.size() > MAX_MEMBERS) {
            checks.problem("members", FieldProblem.INVALID, "a group has 1 to " + MAX_MEMBERS + " members");
            return;
        }
        int before = checks.count();
        var firstIndex = new HashMap<CustomerId, Integer>();
        for (int i = 0; i < inputs.size(); i++) {
            var path = at("members", i);
            var member = checks.required(path, inputs.get(i));
            if (member == null) {
                continue;
            }
            var id = checks.positive(at(path, "customerId"), checks.required(at(path, "customerId"), member.customerId()));
            if (id == null) {
                continue;
            }
            var customer = CustomerId.of(id);
            var earlier = firstIndex.putIfAbsent(customer, i);
            if (earlier != null) {
                checks.problem(at(path, "customerId"), FieldProblem.INVALID, "repeats members[" + earlier + "]");
                continue;
            }
            members.add(customer);
            if (Boolean.TRUE.equals(member.primary())) {
                if (!primaries.isEmpty()) {
                    checks.problem(at(path, "primary"), FieldProblem.INVALID,
                            "members[" + firstIndex.get(primaries.get(0)) + "] is the primary member already; a group has one");
                }
                primaries.add(customer);
            }
        }
        if (primaries.isEmpty() && checks.count() == before) {
            checks.problem("members", FieldProblem.REQUIRED, "exactly one member must be primary");
        }
    }
}
