package io.ledgerlens.adapter.persistence.explode;

import static org.jooq.impl.DSL.any;

import io.ledgerlens.adapter.persistence.database.DatabaseKind;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * How a nested section's rows are matched to the row they belong to (an event's bill, a bill's lines, an event's
 * allocations, fields, modes, tiers and details).
 *
 * <p>On one PostgreSQL by the event's id alone: the id is unique, its index finds the rows, and these statements
 * were measured so. On Citus by the org as well, and by the orgs the request names ({@link CustomerLookup#ORGS}): a
 * subquery correlated on the event alone cannot be planned across shards at all ("complex joins are only supported
 * when all distributed tables are co-located and joined on their distribution columns"), and one correlated on the
 * org alone is planned on every shard; naming the request's orgs in each lets Citus send a request of one org to its
 * one shard (checked on the local cluster: 1 task for one org, 2 for two, 32 without).
 */
enum Correlation {

    /** One PostgreSQL: by the event's id. */
    BY_EVENT,

    /** Citus: by the event's id, its org, and the request's orgs. */
    BY_EVENT_AND_ORG;

    static Correlation of(DatabaseKind kind) {
        return kind == DatabaseKind.CITUS ? BY_EVENT_AND_ORG : BY_EVENT;
    }

    /**
     * The rows whose {@code id} and {@code org} are those of the row they belong to.
     *
     * @param org the nested table's org column
     * @param id the nested table's column naming the event
     * @param outerOrg the org of the row it belongs to (unused by {@link #BY_EVENT}, and may then be null)
     * @param outerId the event id of the row it belongs to
     * @return the condition, as this correlation writes it
     */
    Condition rowsOf(Field<Long> org, Field<Long> id, Field<Long> outerOrg, Field<Long> outerId) {
        var sameEvent = id.eq(outerId);
        return this == BY_EVENT ? sameEvent : sameEvent.and(org.eq(outerOrg)).and(org.eq(any(CustomerLookup.ORGS)));
    }

    /**
     * The rows of {@code org} among the orgs the request names: nothing on one PostgreSQL, where the statement already
     * reaches them through the customer; on Citus what lets it prune a joined table to the request's shards.
     *
     * @param org a distributed table's org column
     * @return the condition, or none
     */
    Condition ofTheRequestedOrgs(Field<Long> org) {
        return this == BY_EVENT ? DSL.noCondition() : org.eq(any(CustomerLookup.ORGS));
    }

    /** Whether each kind of detail is read in the statement itself (Citus), not by V21's functions (see DetailRows). */
    boolean readsDetailsInline() {
        return this == BY_EVENT_AND_ORG;
    }
}
