package io.ledgerlens.adapter.web.explode;

import io.ledgerlens.domain.event.detail.GenericEventDetail;
import io.ledgerlens.domain.event.detail.ImportDetail;
import io.ledgerlens.domain.event.detail.ProgramPoints;
import io.ledgerlens.domain.event.detail.RedemptionDetail;
import io.ledgerlens.domain.event.detail.TransferDetail;
import io.ledgerlens.domain.event.detail.VoucherRedemptionDetail;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** Maps each kind's detail onto its wire block; timestamps in the org's zone, given as context. */
@Mapper
interface KindJsonMapper {

    KindJsonMapper INSTANCE = Mappers.getMapper(KindJsonMapper.class);

    KindJson.BehavioralMetadata behavioralMetadata(GenericEventDetail detail);

    KindJson.BehavioralField behavioralField(GenericEventDetail.Field field);

    KindJson.Attribute attribute(GenericEventDetail.Attribute attribute);

    @Mapping(target = "pointsRedeemed", source = "pointsRedeemed", qualifiedByName = "threeDecimals")
    @Mapping(target = "redemptionPurpose", source = "purpose")
    @Mapping(target = "billingTime", source = "billingTime", qualifiedByName = "legacy")
    @Mapping(target = "billingTimeISO", source = "billingTime", qualifiedByName = "iso")
    @Mapping(target = "redemptionId", source = "redemptionId", qualifiedByName = "storedId")
    KindJson.Redemption redemption(RedemptionDetail detail, @Context ZoneId zone);

    @Mapping(target = "points", source = "points", qualifiedByName = "threeDecimals")
    @Mapping(target = "programId", source = "program.id")
    @Mapping(target = "programName", source = "program.name")
    KindJson.ProgramPoints programPoints(ProgramPoints points);

    List<KindJson.ProgramPoints> programPoints(List<ProgramPoints> points);

    @Mapping(target = "pointsTransferDetails", source = "points")
    KindJson.TransferParty transferParty(TransferDetail.Party party);

    @Mapping(target = "redeemDate", source = "redeemDate", qualifiedByName = "legacy")
    KindJson.VoucherRedemption voucherRedemption(VoucherRedemptionDetail detail, @Context ZoneId zone);

    @Mapping(target = "importStartTime", source = "importStartTime", qualifiedByName = "legacy")
    @Mapping(target = "importEndTime", source = "importEndTime", qualifiedByName = "legacy")
    KindJson.ImportMeta importMeta(ImportDetail detail, @Context ZoneId zone);

    /**
     * An id §7.5 answers as an integer, from the digits it was recorded as; {@code null} (the key left out) for the
     * free text of an event recorded before revision 2 of the contract, which no integer stands for.
     */
    @Named("storedId")
    default Long storedId(String recorded) {
        if (recorded == null || !recorded.matches("[1-9][0-9]{0,18}")) {
            return null;
        }
        try {
            return Long.valueOf(recorded);
        } catch (NumberFormatException beyondLong) {
            return null;
        }
    }

    /** "20.000": how the original API shows points in redemption, transfer and adjustment blocks. */
    @Named("threeDecimals")
    default String threeDecimals(BigDecimal points) {
        return points.setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Named("legacy")
    default String legacy(Instant instant, @Context ZoneId zone) {
        return LedgerTime.legacy(instant, zone);
    }

    @Named("iso")
    default String iso(Instant instant, @Context ZoneId zone) {
        return LedgerTime.iso(instant, zone);
    }

    default BigDecimal orAbsent(Optional<BigDecimal> value) {
        return value.orElse(null);
    }

    default Long idOrAbsent(Optional<Long> value) {
        return value.orElse(null);
    }

    /** Program ids are strings in these blocks. */
    default String programId(long id) {
        return Long.toString(id);
    }
}
