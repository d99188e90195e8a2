package io.ledgerlens.adapter.persistence.access;

import static io.ledgerlens.adapter.persistence.schema.Sequences.CREDENTIAL_ID_SEQ;
import static io.ledgerlens.adapter.persistence.schema.Tables.CREDENTIAL;

import io.ledgerlens.adapter.persistence.database.LedgerStore;
import io.ledgerlens.adapter.persistence.database.RenderedQuery;
import io.ledgerlens.adapter.persistence.database.TenantFence;
import io.ledgerlens.adapter.persistence.schema.tables.records.CredentialRecord;
import io.ledgerlens.application.port.out.access.CredentialRepository;
import io.ledgerlens.domain.access.AccessRight;
import io.ledgerlens.domain.access.Credential;
import io.ledgerlens.domain.access.CredentialId;
import io.ledgerlens.domain.access.CredentialKind;
import io.ledgerlens.domain.access.CredentialName;
import io.ledgerlens.domain.access.SecretHash;
import io.ledgerlens.domain.org.OrgId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Credentials in PostgreSQL, one row each; a revoke stamps the row and never deletes it. */
public final class JooqCredentialRepository implements CredentialRepository {

    private final LedgerStore store;
    /** Run on every authenticated request, so rendered once: rendering costs more than the lookup itself. */
    private final RenderedQuery byName;
    private final RenderedQuery byId;

    /**
     * Over the service's store; renders its two lookups (by kind and name, by id) once. They read through the
     * owner's functions {@code ledger_credential_named} and {@code ledger_credential} (V6), since a credential is looked up
     * before its org, and so its fence, is known.
     *
     * @param store the service's store
     */
    public JooqCredentialRepository(LedgerStore store) {
        this.store = store;
        this.byName = RenderedQuery.of(store, ownersLookup(DSL.table("ledger_credential_named({0}, {1})",
                DSL.val(""), DSL.val(""))), 2);
        this.byId = RenderedQuery.of(store, ownersLookup(DSL.table("ledger_credential({0})", DSL.val(0L))), 1);
    }

    private static Select<?> ownersLookup(Table<?> ownersFunction) {
        return DSL.select(CREDENTIAL.fields()).from(ownersFunction.as(CREDENTIAL.getName()));
    }

    /** Signing in knows no org yet: the owner's function finds the one credential named, in one round trip. */
    @Override
    public Optional<Credential> named(CredentialKind kind, CredentialName name) {
        return first(byName.fetch(TenantFence.none(), kind.name(), name.value()));
    }

    @Override
    public Optional<Credential> find(CredentialId id) {
        return first(byId.fetch(TenantFence.none(), id.value()));
    }

    private static Optional<Credential> first(List<Record> rows) {
        return rows.stream().findFirst().map(row -> credentialOf(row.into(CREDENTIAL)));
    }

    @Override
    public List<Credential> ofOrg(OrgId org) {
        return store.fetch(TenantFence.of(org), DSL.select(CREDENTIAL.fields()).from(CREDENTIAL)
                .where(CREDENTIAL.ORG_ID.eq(org.value())).orderBy(CREDENTIAL.CREDENTIAL_ID),
                row -> credentialOf(row.into(CREDENTIAL)));
    }

    @Override
    public CredentialId nextId() {
        return CredentialId.of(store.read(TenantFence.none(), dsl -> dsl.select(CREDENTIAL_ID_SEQ.nextval()).fetchSingle().value1()));
    }

    @Override
    public boolean add(Credential credential) {
        return store.write(TenantFence.of(credential.org()), dsl -> dsl.insertInto(CREDENTIAL)
                .set(CREDENTIAL.CREDENTIAL_ID, credential.id().value())
                .set(CREDENTIAL.ORG_ID, credential.org().value())
                .set(CREDENTIAL.KIND, credential.kind().name())
                .set(CREDENTIAL.NAME, credential.name().value())
                .set(CREDENTIAL.SECRET_HASH, credential.secretHash().encoded())
                .set(CREDENTIAL.POINTS_READ, credential.rights().contains(AccessRight.POINTS_READ))
                .set(CREDENTIAL.LEDGER_WRITE, credential.rights().contains(AccessRight.LEDGER_WRITE))
                .set(CREDENTIAL.ORG_ADMIN, credential.rights().contains(AccessRight.ORG_ADMIN))
                .set(CREDENTIAL.CREATED_AT, credential.createdAt())
                .onConflictDoNothing()
                .execute()) == 1;
    }

    @Override
    public Optional<Credential> revoke(OrgId org, CredentialId id, Instant at) {
        var theCredential = CREDENTIAL.CREDENTIAL_ID.eq(id.value()).and(CREDENTIAL.ORG_ID.eq(org.value()));
        // The first revoke's time stays: set only where none is, else read what is there. Not in one update with
        // coalesce(revoked_at, ?): Citus refuses a non-immutable expression in a COALESCE of a reference table's update.
        return store.write(TenantFence.of(org), dsl -> dsl.update(CREDENTIAL)
                .set(CREDENTIAL.REVOKED_AT, at)
                .where(theCredential).and(CREDENTIAL.REVOKED_AT.isNull())
                .returning()
                .fetchOptional()
                .or(() -> dsl.selectFrom(CREDENTIAL).where(theCredential).fetchOptional())
                .map(JooqCredentialRepository::credentialOf));
    }

    private static Credential credentialOf(CredentialRecord row) {
        var rights = EnumSet.noneOf(AccessRight.class);
        if (row.getPointsRead()) {
            rights.add(AccessRight.POINTS_READ);
        }
        if (row.getLedgerWrite()) {
            rights.add(AccessRight.LEDGER_WRITE);
        }
        if (row.getOrgAdmin()) {
            rights.add(AccessRight.ORG_ADMIN);
        }
        return Credential.restored(CredentialId.of(row.getCredentialId()), OrgId.of(row.getOrgId()),
                CredentialKind.valueOf(row.getKind()), new CredentialName(row.getName()), new SecretHash(row.getSecretHash()),
                rights, row.getCreatedAt(), Option.of(row.getRevokedAt()));
    }

}
