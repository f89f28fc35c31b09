package org.helpline.tools.stackclient;

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

/** {@code POST /api/contacts} of intake-service, as far as the tools use it (no personal data, ever). */
public final class IntakeApi {

    private IntakeApi() {
    }

    public static String contacts(String intake) {
        return intake + "/api/contacts";
    }

    /** The body; a new case has a complainant, a follow-up the case it belongs to. */
    public record NewContact(Channel channel, ContactKind kind, UUID caseId, OffsetDateTime receivedAt,
            Complainant complainant) {

        public static NewContact newCase(Channel channel, OffsetDateTime receivedAt, Complainant complainant) {
            return new NewContact(channel, ContactKind.NEW, null, receivedAt, complainant);
        }

        public static NewContact followUp(Channel channel, UUID caseId, OffsetDateTime receivedAt) {
            return new NewContact(channel, ContactKind.FOLLOW_UP, caseId, receivedAt, null);
        }
    }

    /** Who called, in the report's categories; a null field is left out (intake finds a city's province). */
    public record Complainant(AgeBand ageBand, Gender gender, String city, Province province, CallerType callerType,
            SourceOfContact sourceOfContact, Occupation occupation, Community community) {
    }

    /** The answer (the tracking code it also carries is none of the tools' business). */
    public record ContactReceipt(UUID contactId, UUID caseId) {
    }
}
