package org.helpline.contracts.contacts;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.cases.CaseEvent;
import org.helpline.contracts.vocabulary.Channel;

/** A further contact about an existing case: it counts as a contact, never as a new case. */
public record FollowUpReceived(UUID caseId, UUID contactId, Instant receivedAt, Channel channel) implements CaseEvent {

    @Override
    public <R> R accept(CaseEvent.Visitor<R> visitor) {
        return visitor.followedUp(this);
    }
}
