package io.ledgerlens.adapter.web.registration;

import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the registration endpoints, and their answers: the same
 * shape both ways. A body may repeat the ids of its path (they must match);
 * the answer always carries them, with every value as it was stored.
 */
final class RegistrationJson {

    private RegistrationJson() {
    }

    record OrgJson(Long orgId, String name, Long parentOrgId, String timeZone, Boolean sourceValueCapturing) {

        static OrgJson of(Org org) {
            return new OrgJson(org.id().value(), org.name(), org.parent().map(OrgId::value).orElse(null),
                    org.settings().timeZone().getId(), org.settings().sourceValueCapturing());
        }
    }

    record ProgramJson(Long orgId, Long programId, String name, Boolean isDefault) {

        static ProgramJson of(OrgId org, Program program) {
            return new ProgramJson(org.value(), program.id(), program.name(), program.isDefault());
        }
    }

    record PointsCategoryJson(Long orgId, Long pointsCategoryId, String name) {

        static PointsCategoryJson of(OrgId org, PointsCategory category) {
            return new PointsCategoryJson(org.value(), category.id(), category.name());
        }
    }

    record AllocationStrategyJson(Long orgId, Long allocationStrategyId, String name) {

        static AllocationStrategyJson of(OrgId org, AllocationStrategy strategy) {
            return new AllocationStrategyJson(org.value(), strategy.id(), strategy.name());
        }
    }

    record ExpiryStrategyJson(Long orgId, Long expiryStrategyId, String name, String type) {

        static ExpiryStrategyJson of(OrgId org, ExpiryStrategy strategy) {
            return new ExpiryStrategyJson(org.value(), strategy.id(), strategy.name(), strategy.type().name());
        }
    }

    record PromotionJson(Long orgId, Long promotionId, String name, String startDate, String endDate) {

        static PromotionJson of(OrgId org, Promotion promotion) {
            return new PromotionJson(org.value(), promotion.id(), promotion.name(),
                    promotion.startDate().map(LocalDate::toString).orElse(null),
                    promotion.endDate().map(LocalDate::toString).orElse(null));
        }
    }

    record AlternateCurrencyJson(Long orgId, Long alternateCurrencyId, String name, String identifier) {

        static AlternateCurrencyJson of(OrgId org, AlternateCurrency currency) {
            return new AlternateCurrencyJson(org.value(), currency.id(), currency.name(), currency.identifier());
        }
    }

    record TillJson(Long orgId, Long tillId, String code) {

        static TillJson of(OrgId org, Till till) {
            return new TillJson(org.value(), till.id(), till.code());
        }
    }

    record TierJson(Long orgId, Long programId, Integer slabNumber, String name) {

        static TierJson of(OrgId org, Tier tier) {
            return new TierJson(org.value(), tier.programId(), tier.slabNumber(), tier.name());
        }
    }

    record CustomerJson(Long customerId, String firstName, String lastName, List<IdentifierJson> identifiers) {

        static CustomerJson of(Customer customer) {
            return new CustomerJson(customer.id().value(), customer.firstName(), customer.lastName(),
                    customer.identifiers().stream().map(i -> new IdentifierJson(CustomerReader.wireName(i.name()), i.value(),
                            i.source().name(), i.account().isDefault() ? null : i.account().value())).toList());
        }
    }

    /** {@code name}: mobile, email or externalId; {@code accountId}: one account of a multi-account source. */
    record IdentifierJson(String name, String value, String source, String accountId) {
    }

    record UserGroupJson(Long userGroupId, String externalId, String name, List<MemberJson> members) {

        static UserGroupJson of(UserGroup group) {
            return new UserGroupJson(group.id().value(), group.externalId(), group.name(), group.members().stream()
                    .map(m -> new MemberJson(m.value(), m.equals(group.primaryMember()))).toList());
        }
    }

    record MemberJson(Long customerId, Boolean primary) {
    }
}
