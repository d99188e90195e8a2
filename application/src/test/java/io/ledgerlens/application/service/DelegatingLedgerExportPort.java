package io.ledgerlens.application.service;

import io.ledgerlens.application.port.out.export.LedgerExportPort;
import io.ledgerlens.application.port.out.export.PlacedEvent;
import io.ledgerlens.application.port.out.export.RecordedPlace;
import io.ledgerlens.domain.customer.Customer;
import io.ledgerlens.domain.event.EventLogId;
import io.ledgerlens.domain.group.UserGroup;
import io.ledgerlens.domain.org.Org;
import io.ledgerlens.domain.org.OrgId;
import io.ledgerlens.domain.org.OrgReferenceData;
import java.util.List;
import java.util.Optional;

/** An export port that hands every call to another: a test overrides the call it watches. */
class DelegatingLedgerExportPort implements LedgerExportPort {

    private final LedgerExportPort delegate;

    DelegatingLedgerExportPort(LedgerExportPort delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Org> org(OrgId id) {
        return delegate.org(id);
    }

    @Override
    public OrgReferenceData referenceDataOf(OrgId org) {
        return delegate.referenceDataOf(org);
    }

    @Override
    public List<Customer> customersAfter(OrgId org, long afterCustomerId, int count) {
        return delegate.customersAfter(org, afterCustomerId, count);
    }

    @Override
    public List<UserGroup> userGroupsAfter(OrgId org, long afterGroupId, int count) {
        return delegate.userGroupsAfter(org, afterGroupId, count);
    }

    @Override
    public RecordedPlace lastPlace(OrgId org) {
        return delegate.lastPlace(org);
    }

    @Override
    public Optional<RecordedPlace> placeOf(OrgId org, EventLogId event) {
        return delegate.placeOf(org, event);
    }

    @Override
    public long countEvents(OrgId org, RecordedPlace after, RecordedPlace upTo) {
        return delegate.countEvents(org, after, upTo);
    }

    @Override
    public List<PlacedEvent> eventsAfter(OrgId org, RecordedPlace after, RecordedPlace upTo, int count) {
        return delegate.eventsAfter(org, after, upTo, count);
    }

    @Override
    public Optional<PlacedEvent> eventWithUniqueId(OrgId org, String uniqueId) {
        return delegate.eventWithUniqueId(org, uniqueId);
    }
}
