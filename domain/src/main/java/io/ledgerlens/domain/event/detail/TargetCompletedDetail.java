package io.ledgerlens.domain.event.detail;

import io.ledgerlens.domain.event.EventName;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A target (milestone) the customer reached, in which period, by how much, and
 * the points it earned. Either the achieved or the trigger value is known: a
 * milestone has the trigger value. The source type is kept as it was recorded
 * (events recorded before revision 2 of the contract may name other types than
 * {@link TargetSourceType}'s); the points the event shows are its promo and
 * promised allocations, {@code pointsEarned} is the total the target engine reported.
 *
 * @param targetGroupId the target group's id ({@code targetGroupID})
 * @param targetGroupName the target group's name
 * @param targetId the target's id
 * @param targetName the target's name
 * @param targetDescription the target's description; empty when it has none (the wire then leaves it out)
 * @param targetPeriodId the period the target was reached in ({@code targetPeriodID})
 * @param targetPeriodName that period's name
 * @param targetValue the value to reach; shown for every source type but {@code MILESTONE}
 * @param achievedValue what the customer achieved; present unless the target is a milestone
 * @param triggerValue the value a milestone triggers at; present only for a milestone
 * @param sourceId the id of the target's source ({@code sourceId})
 * @param sourceType what the target measured, as recorded (see {@link TargetSourceType})
 * @param milestoneName the milestone's name ({@code mileStoneName}); shown only for a milestone
 * @param pointsEarned the total points the target engine reported for it
 */
@ValueObject
public record TargetCompletedDetail(long targetGroupId, String targetGroupName, long targetId, String targetName,
                                    String targetDescription, long targetPeriodId, String targetPeriodName,
                                    BigDecimal targetValue, Optional<BigDecimal> achievedValue,
                                    Optional<BigDecimal> triggerValue, Optional<Long> sourceId, String sourceType,
                                    String milestoneName, BigDecimal pointsEarned) implements EventDetail {

    /**
     * Refuses a missing part, and a target with both or neither of an achieved and a trigger value.
     *
     * @param targetGroupId the target group's id ({@code targetGroupID})
     * @param targetGroupName the target group's name
     * @param targetId the target's id
     * @param targetName the target's name
     * @param targetDescription the target's description; empty when it has none (the wire then leaves it out)
     * @param targetPeriodId the period the target was reached in ({@code targetPeriodID})
     * @param targetPeriodName that period's name
     * @param targetValue the value to reach; shown for every source type but {@code MILESTONE}
     * @param achievedValue what the customer achieved; present unless the target is a milestone
     * @param triggerValue the value a milestone triggers at; present only for a milestone
     * @param sourceId the id of the target's source ({@code sourceId})
     * @param sourceType what the target measured, as recorded (see {@link TargetSourceType})
     * @param milestoneName the milestone's name ({@code mileStoneName}); shown only for a milestone
     * @param pointsEarned the total points the target engine reported for it
     */
    public TargetCompletedDetail {
        Objects.requireNonNull(targetGroupName, "targetGroupName");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(targetDescription, "targetDescription");
        Objects.requireNonNull(targetPeriodName, "targetPeriodName");
        Objects.requireNonNull(targetValue, "targetValue");
        Objects.requireNonNull(achievedValue, "achievedValue");
        Objects.requireNonNull(triggerValue, "triggerValue");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(milestoneName, "milestoneName");
        Objects.requireNonNull(pointsEarned, "pointsEarned");
        if (achievedValue.isEmpty() == triggerValue.isEmpty()) {
            throw new IllegalArgumentException("a completed target has an achieved value or a trigger value");
        }
    }

    /**
     * A milestone is reached at its trigger value; every other target has an achieved value instead.
     *
     * @return true when the target has a trigger value
     */
    public boolean isMilestone() {
        return triggerValue.isPresent();
    }

    @Override
    public Set<EventName> recordedOn() {
        return Set.of(EventName.TARGET_COMPLETED);
    }
}
