package org.helpline.intake.contact.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.helpline.platform.privacy.PersonalData;

/**
 * The command to record one contact. A NEW contact describes its complainant and opens a case; a
 * FOLLOW_UP names the case it is about. {@code callId} files a call the telephony platform reported
 * (the contact then keeps the call's contact id). {@link #violations()} lists what is wrong, by field.
 */
public record ReceiveContact(Channel channel, ContactKind kind, UUID caseId, Instant receivedAt,
        Complainant complainant, String callId, PersonalData personalData) {

    public record Complainant(AgeBand ageBand, Gender gender, String city, Province province, CallerType callerType,
            SourceOfContact sourceOfContact, Occupation occupation, Community community) {
    }

    public record Violation(String field, String message) {
    }

    @Override
    public String toString() {
        return "ReceiveContact[channel=" + channel + ", kind=" + kind + ", caseId=" + caseId + ", personalData="
                + (personalData == null ? "none" : "redacted") + "]";
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (kind == ContactKind.NEW) {
            if (complainant == null) {
                violations.add(new Violation("complainant", "is required for a NEW contact"));
            }
            if (caseId != null) {
                violations.add(new Violation("caseId", "must be absent for a NEW contact: a new case gets a new id"));
            }
        } else if (kind == ContactKind.FOLLOW_UP && caseId == null) {
            violations.add(new Violation("caseId", "is required for a FOLLOW_UP contact"));
        }
        if (callId != null && channel != Channel.PHONE) {
            violations.add(new Violation("channel", "must be PHONE for a contact filed from a phone call (callId)"));
        }
        return violations;
    }
}
