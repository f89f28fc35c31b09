package org.helpline.contracts.contacts;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.IntegrationEvent;

/**
 * A call to the helpline ended, answered or not: the figures of missed calls and first-response times. Never the
 * caller's number. {@code contactId} is the contact the call becomes when an associate files it (CaseOpened or
 * FollowUpReceived carry the same id); a missed call is never filed.
 */
public record CallEnded(String callId, UUID contactId, Instant startedAt, Instant endedAt, boolean answered)
        implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return callId;
    }
}
