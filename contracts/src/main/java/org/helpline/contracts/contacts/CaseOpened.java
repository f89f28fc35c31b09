package org.helpline.contracts.contacts;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.cases.CaseEvent;
import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.SourceOfContact;

/**
 * A first contact opened a case. {@code openedAt} is when the helpline received the contact (the
 * report counts a case in that month), not when the event was recorded.
 */
public record CaseOpened(
        UUID caseId,
        UUID contactId,
        String caseNumber,
        Instant openedAt,
        Channel channel,
        AgeBand ageBand,
        Gender gender,
        String city,
        Province province,
        CallerType callerType,
        SourceOfContact sourceOfContact,
        Occupation occupation,
        Community community) implements CaseEvent {

    @Override
    public <R> R accept(CaseEvent.Visitor<R> visitor) {
        return visitor.opened(this);
    }
}
