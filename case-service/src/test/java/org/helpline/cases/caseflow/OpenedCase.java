package org.helpline.cases.caseflow;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.SourceOfContact;

/** Builds the CaseOpened intake would publish: an adult student in Lahore unless told otherwise. */
public final class OpenedCase {

    private final UUID caseId = UUID.randomUUID();
    private Instant openedAt = Instant.parse("2023-03-08T09:30:00Z");
    private AgeBand ageBand = AgeBand.AGE_18_30;
    private Occupation occupation = Occupation.STUDENT;
    private Community community = Community.NONE;

    private OpenedCase() {
    }

    public static OpenedCase anOpenedCase() {
        return new OpenedCase();
    }

    public OpenedCase openedAt(String instant) {
        this.openedAt = Instant.parse(instant);
        return this;
    }

    public OpenedCase ofAMinor() {
        this.ageBand = AgeBand.UNDER_18;
        return this;
    }

    public OpenedCase workingAs(Occupation occupation) {
        this.occupation = occupation;
        return this;
    }

    public OpenedCase from(Community community) {
        this.community = community;
        return this;
    }

    public CaseOpened build() {
        return new CaseOpened(caseId, UUID.randomUUID(), "CH-2023-" + String.format("%06d", Math.abs(caseId.hashCode() % 1_000_000)),
                openedAt, Channel.PHONE, ageBand, Gender.FEMALE, "Lahore", Province.PUNJAB, CallerType.SELF,
                SourceOfContact.SOCIAL_MEDIA, occupation, community);
    }
}
