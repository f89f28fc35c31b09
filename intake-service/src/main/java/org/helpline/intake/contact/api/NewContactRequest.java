package org.helpline.intake.contact.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.ContactKind;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.SourceOfContact;

/** Body of {@code POST /api/contacts} (DESIGN.md). */
public record NewContactRequest(
        @NotNull Channel channel,
        @NotNull ContactKind kind,
        UUID caseId,
        OffsetDateTime receivedAt,
        @Valid Complainant complainant,
        @Valid PersonalData personalData,
        @Size(max = 128) String callId) {

    public record Complainant(
            @NotNull AgeBand ageBand,
            @NotNull Gender gender,
            @Size(max = 100) String city,
            Province province,
            @NotNull CallerType callerType,
            SourceOfContact sourceOfContact,
            Occupation occupation,
            Community community) {
    }

    /** Name, phone, e-mail, notes: sealed at once for case-service's encrypted store, never for Kafka or logs. */
    public record PersonalData(
            @Size(max = 200) String name,
            @Size(max = 32) String phone,
            @Size(max = 254) @Email String email,
            @Size(max = 8000) String notes) {

        @Override
        public String toString() {
            return "PersonalData[redacted]";
        }
    }
}
