package org.helpline.console.calltaking;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.ContactKind;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.SourceOfContact;

/** The body of intake's {@code POST /api/contacts} (DESIGN.md), built from a checked {@link ContactEntry}. */
public record NewContact(Channel channel, ContactKind kind, UUID caseId, OffsetDateTime receivedAt,
        Complainant complainant, PersonalData personalData, String callId) {

    public record Complainant(AgeBand ageBand, Gender gender, String city, Province province, CallerType callerType,
            SourceOfContact sourceOfContact, Occupation occupation, Community community) {
    }

    /** Goes to intake over TLS in production and from there sealed to case-service; never logged. */
    public record PersonalData(String name, String phone, String email, String notes) {

        @Override
        public String toString() {
            return "PersonalData[redacted]";
        }
    }

    @Override
    public String toString() {
        return "NewContact[channel=" + channel + ", kind=" + kind + ", caseId=" + caseId + ", callId=" + callId + "]";
    }
}
