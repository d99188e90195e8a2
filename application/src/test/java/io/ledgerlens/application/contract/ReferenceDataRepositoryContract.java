package io.ledgerlens.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlens.application.port.out.registration.ReferenceDataRepository;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.Till;
import io.ledgerlens.domain.points.AllocationStrategy;
import io.ledgerlens.domain.points.AlternateCurrency;
import io.ledgerlens.domain.points.ExpiryStrategy;
import io.ledgerlens.domain.points.ExpiryType;
import io.ledgerlens.domain.points.PointsCategory;
import io.ledgerlens.domain.points.Program;
import io.ledgerlens.domain.points.Promotion;
import io.ledgerlens.domain.points.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every implementation of {@code ReferenceDataRepository} must do. */
public abstract class ReferenceDataRepositoryContract extends RegistrySuite {

    /** One registration of every kind, all under id 7 (the tier: of program 7, slab 2), named {@code name}. */
    private static void saveEveryKind(ReferenceDataRepository data, OrgId org, String name) {
        data.save(org, new Program(7, name, false));
        data.save(org, new PointsCategory(7, name));
        data.save(org, new AllocationStrategy(7, name));
        data.save(org, new ExpiryStrategy(7, name, name.length() % 2 == 0 ? ExpiryType.FIXED : ExpiryType.ROLLING));
        data.save(org, new Promotion(7, name, Optional.of(LocalDate.of(2024, 3, 1)), Optional.of(LocalDate.of(2024, 3, 31))));
        data.save(org, new AlternateCurrency(7, name, "id-" + name));
        data.save(org, new Till(7, name));
        data.save(org, new Tier(7, 2, name));
    }

    private static List<Optional<?>> everyKindOf(ReferenceDataRepository data, OrgId org) {
        return List.of(data.program(org, 7), data.pointsCategory(org, 7), data.allocationStrategy(org, 7),
                data.expiryStrategy(org, 7), data.promotion(org, 7), data.alternateCurrency(org, 7), data.till(org, 7),
                data.tier(org, 7, 2));
    }

    private static List<Optional<?>> expectedEveryKind(String name) {
        return List.of(Optional.of(new Program(7, name, false)), Optional.of(new PointsCategory(7, name)),
                Optional.of(new AllocationStrategy(7, name)),
                Optional.of(new ExpiryStrategy(7, name, name.length() % 2 == 0 ? ExpiryType.FIXED : ExpiryType.ROLLING)),
                Optional.of(new Promotion(7, name, Optional.of(LocalDate.of(2024, 3, 1)), Optional.of(LocalDate.of(2024, 3, 31)))),
                Optional.of(new AlternateCurrency(7, name, "id-" + name)), Optional.of(new Till(7, name)),
                Optional.of(new Tier(7, 2, name)));
    }

    private List<Optional<?>> data(OrgId org, Function<ReferenceDataRepository, List<Optional<?>>> question) {
        return in(org, registry -> question.apply(registry.referenceData()));
    }

    private Optional<Object> one(OrgId org, Function<ReferenceDataRepository, Optional<?>> question) {
        return in(org, registry -> question.apply(registry.referenceData()).map(Object.class::cast));
    }

    @Test
    void nothing_is_found_before_it_is_registered() {
        var org = aRegisteredOrg();
        assertThat(data(org, data -> everyKindOf(data, org))).allMatch(Optional::isEmpty);
        assertThat(one(org, data -> data.alternateCurrencyNamed(org, "stars"))).isEmpty();
    }

    @Test
    void every_kind_is_found_as_it_was_saved() {
        var org = aRegisteredOrg();
        writeIn(org, registry -> saveEveryKind(registry.referenceData(), org, "first"));
        assertThat(data(org, data -> everyKindOf(data, org))).isEqualTo(expectedEveryKind("first"));
    }

    @Test
    void saving_under_the_same_id_again_replaces_every_kind() {
        var org = aRegisteredOrg();
        writeIn(org, registry -> saveEveryKind(registry.referenceData(), org, "first"));
        writeIn(org, registry -> saveEveryKind(registry.referenceData(), org, "second!"));
        assertThat(data(org, data -> everyKindOf(data, org))).isEqualTo(expectedEveryKind("second!"));
    }

    @Test
    void the_same_ids_in_two_orgs_are_two_registrations() {
        var org = aRegisteredOrg();
        var other = aRegisteredOrg();
        writeIn(org, registry -> saveEveryKind(registry.referenceData(), org, "ours"));
        writeIn(other, registry -> saveEveryKind(registry.referenceData(), other, "theirs"));
        assertThat(data(org, data -> everyKindOf(data, org))).isEqualTo(expectedEveryKind("ours"));
        assertThat(data(other, data -> everyKindOf(data, other))).isEqualTo(expectedEveryKind("theirs"));
    }

    @Test
    void a_default_program_becomes_the_only_default_of_its_org() {
        var org = aRegisteredOrg();
        var other = aRegisteredOrg();
        writeIn(org, registry -> registry.referenceData().save(org, new Program(1, "Core", true)));
        writeIn(other, registry -> registry.referenceData().save(other, new Program(1, "Theirs", true)));
        writeIn(org, registry -> registry.referenceData().save(org, new Program(2, "Premium", true)));
        assertThat(data(org, data -> List.of(data.program(org, 1), data.program(org, 2)))).containsExactly(
                Optional.of(new Program(1, "Core", false)), Optional.of(new Program(2, "Premium", true)));
        assertThat(one(other, data -> data.program(other, 1))).contains(new Program(1, "Theirs", true));
    }

    @Test
    void a_promotion_without_dates_keeps_none() {
        var org = aRegisteredOrg();
        var open = new Promotion(8, "Always on", Optional.empty(), Optional.empty());
        writeIn(org, registry -> registry.referenceData().save(org, open));
        assertThat(one(org, data -> data.promotion(org, 8))).contains(open);
    }

    @Test
    void a_currency_is_found_by_its_exact_name_in_its_own_org_only() {
        var org = aRegisteredOrg();
        var other = aRegisteredOrg();
        writeIn(org, registry -> registry.referenceData().save(org, new AlternateCurrency(3, "stars", "st")));
        assertThat(one(org, data -> data.alternateCurrencyNamed(org, "stars"))).contains(new AlternateCurrency(3, "stars", "st"));
        assertThat(one(org, data -> data.alternateCurrencyNamed(org, "Stars"))).isEmpty();
        assertThat(one(other, data -> data.alternateCurrencyNamed(other, "stars"))).isEmpty();
    }

    @Test
    void a_registered_currency_is_one_of_the_orgs_alternate_currencies_for_explode() {
        var org = aRegisteredOrg();
        writeIn(org, registry -> registry.referenceData().save(org, new AlternateCurrency(4, "miles", "mi")));
        assertThat(ports.orgs().alternateCurrenciesOf(List.of(org))).containsExactly(new AlternateCurrency(4, "miles", "mi"));
    }

    @Test
    void reference_data_an_event_names_is_registered_on_first_use_and_what_was_registered_stays() {
        var org = aRegisteredOrg();
        var customer = aCustomerOf(org, 1);
        writeIn(org, registry -> registry.referenceData().save(org, new Program(2649, "Registered first", false)));
        ports.appends().append(io.ledgerlens.domain.testdata.LedgerEventBuilder.aGoodwillAllocation()
                .id(ports.recorder().nextEventLogId().value()).org(org)
                .subject(io.ledgerlens.domain.event.EventSubject.customer(customer)).uniqueId("first-use-" + org)
                .withoutAllocations().allocations(io.ledgerlens.domain.testdata.Allocations.promoIn(
                        io.ledgerlens.domain.testdata.Allocations.STARS, "2.0"))
                .build());
        assertThat(data(org, data -> List.of(data.program(org, 2649), data.pointsCategory(org, 18871),
                data.allocationStrategy(org, 111526), data.expiryStrategy(org, 109281), data.promotion(org, 7701),
                data.alternateCurrency(org, 301)))).containsExactly(
                Optional.of(new Program(2649, "Registered first", false)),
                Optional.of(io.ledgerlens.domain.testdata.Allocations.MAIN),
                Optional.of(io.ledgerlens.domain.testdata.Allocations.TEN_PERCENT),
                Optional.of(io.ledgerlens.domain.testdata.Allocations.END_OF_TWELFTH_MONTH),
                Optional.of(io.ledgerlens.domain.testdata.Allocations.WEEKEND_DOUBLE),
                Optional.of(io.ledgerlens.domain.testdata.Allocations.STARS));
    }

    @Test
    void tiers_are_known_by_their_program_and_slab_number() {
        var org = aRegisteredOrg();
        writeIn(org, registry -> {
            registry.referenceData().save(org, new Program(5, "Core", false));
            registry.referenceData().save(org, new Program(6, "Kids", false));
            registry.referenceData().save(org, new Tier(5, 1, "Silver"));
            registry.referenceData().save(org, new Tier(5, 2, "Gold"));
            registry.referenceData().save(org, new Tier(6, 1, "Cub"));
        });
        assertThat(data(org, data -> List.of(data.tier(org, 5, 1), data.tier(org, 5, 2), data.tier(org, 6, 1), data.tier(org, 6, 2))))
                .containsExactly(Optional.of(new Tier(5, 1, "Silver")), Optional.of(new Tier(5, 2, "Gold")),
                        Optional.of(new Tier(6, 1, "Cub")), Optional.empty());
    }
}
