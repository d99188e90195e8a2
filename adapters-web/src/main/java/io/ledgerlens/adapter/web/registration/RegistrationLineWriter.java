package io.ledgerlens.adapter.web.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlens.adapter.web.http.LedgerLensJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.AllocationStrategyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.AlternateCurrencyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.CustomerJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.ExpiryStrategyJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.PointsCategoryJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.ProgramJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.PromotionJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.TierJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.TillJson;
import io.ledgerlens.adapter.web.registration.RegistrationJson.UserGroupJson;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgReferenceData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The way back from registered profiles and reference data to the registration lines that register them
 * ({@link RegistrationLines}): {@code {"register": kind, "ids": {...the PUT's path ids...}, "body": {...its body...}}},
 * the body in the very shape the {@code PUT} answers with. What this writes, an import reads back as the same
 * registration.
 */
public final class RegistrationLineWriter {

    private final ObjectMapper json = LedgerLensJson.objectMapper();

    /**
     * One line per registration of {@code data}, in an order an import can register them in: a program before its
     * tiers, and each kind by id.
     *
     * @param org the org the reference data is registered in
     * @param data its programs, tiers, categories, strategies, promotions, currencies and tills
     * @return the lines, one JSON object each
     */
    public List<String> lines(OrgId org, OrgReferenceData data) {
        var lines = new ArrayList<String>(data.size());
        var orgId = org.value();
        data.programs().forEach(p -> lines.add(line("program", ids("orgId", orgId, "programId", p.id()), ProgramJson.of(org, p))));
        data.tiers().forEach(t -> lines.add(line("tier", ids("orgId", orgId, "programId", t.programId(),
                "slabNumber", (long) t.slabNumber()), TierJson.of(org, t))));
        data.pointsCategories().forEach(c -> lines.add(line("pointsCategory", ids("orgId", orgId, "pointsCategoryId", c.id()),
                PointsCategoryJson.of(org, c))));
        data.allocationStrategies().forEach(s -> lines.add(line("allocationStrategy",
                ids("orgId", orgId, "allocationStrategyId", s.id()), AllocationStrategyJson.of(org, s))));
        data.expiryStrategies().forEach(s -> lines.add(line("expiryStrategy", ids("orgId", orgId, "expiryStrategyId", s.id()),
                ExpiryStrategyJson.of(org, s))));
        data.promotions().forEach(p -> lines.add(line("promotion", ids("orgId", orgId, "promotionId", p.id()),
                PromotionJson.of(org, p))));
        data.alternateCurrencies().forEach(c -> lines.add(line("alternateCurrency",
                ids("orgId", orgId, "alternateCurrencyId", c.id()), AlternateCurrencyJson.of(org, c))));
        data.tills().forEach(t -> lines.add(line("till", ids("orgId", orgId, "tillId", t.id()), TillJson.of(org, t))));
        return lines;
    }

    /**
     * The line that registers {@code customer} with its names and identifiers.
     *
     * @param customer a registered customer
     * @return the line, one JSON object
     */
    public String line(Customer customer) {
        return line("customer", ids("customerId", customer.id().value()), CustomerJson.of(customer));
    }

    /**
     * The line that forms {@code group} with its members; its members' lines come first.
     *
     * @param group a registered user group
     * @return the line, one JSON object
     */
    public String line(UserGroup group) {
        return line("userGroup", ids("userGroupId", group.id().value()), UserGroupJson.of(group));
    }

    private static Map<String, Long> ids(Object... namesAndIds) {
        var ids = new LinkedHashMap<String, Long>();
        for (int i = 0; i < namesAndIds.length; i += 2) {
            ids.put((String) namesAndIds[i], (Long) namesAndIds[i + 1]);
        }
        return ids;
    }

    /** {@code "register"} first: that key is how an import tells a registration line from an event. */
    private String line(String kind, Map<String, Long> ids, Object body) {
        var line = new LinkedHashMap<String, Object>();
        line.put("register", kind);
        line.put("ids", ids);
        line.put("body", body);
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException cannotHappen) {
            throw new IllegalStateException("a registration body did not serialize", cannotHappen);
        }
    }
}
