package org.helpline.platform.testing;

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

/**
 * The CaseOpened intake would publish, {@link SampleEvents}' values unless told otherwise (an adult female
 * student in Lahore who phoned herself, found through social media), so a test names only what it is about.
 */
public final class CaseOpenedBuilder {

    private final UUID caseId;
    private UUID contactId = SampleEvents.CONTACT;
    private String caseNumber = "CH-2023-000042";
    private Instant openedAt = SampleEvents.AT;
    private Channel channel = Channel.PHONE;
    private AgeBand ageBand = AgeBand.AGE_18_30;
    private Gender gender = Gender.FEMALE;
    private String city = "Lahore";
    private Province province = Province.PUNJAB;
    private CallerType callerType = CallerType.SELF;
    private SourceOfContact sourceOfContact = SourceOfContact.SOCIAL_MEDIA;
    private Occupation occupation = Occupation.STUDENT;
    private Community community = Community.NONE;

    CaseOpenedBuilder(UUID caseId) {
        this.caseId = caseId;
    }

    public CaseOpenedBuilder contactId(UUID contactId) {
        this.contactId = contactId;
        return this;
    }

    public CaseOpenedBuilder caseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
        return this;
    }

    public CaseOpenedBuilder openedAt(Instant openedAt) {
        this.openedAt = openedAt;
        return this;
    }

    public CaseOpenedBuilder openedAt(String instant) {
        return openedAt(Instant.parse(instant));
    }

    public CaseOpenedBuilder channel(Channel channel) {
        this.channel = channel;
        return this;
    }

    public CaseOpenedBuilder ageBand(AgeBand ageBand) {
        this.ageBand = ageBand;
        return this;
    }

    public CaseOpenedBuilder gender(Gender gender) {
        this.gender = gender;
        return this;
    }

    public CaseOpenedBuilder livingIn(String city, Province province) {
        this.city = city;
        this.province = province;
        return this;
    }

    public CaseOpenedBuilder callerType(CallerType callerType) {
        this.callerType = callerType;
        return this;
    }

    public CaseOpenedBuilder sourceOfContact(SourceOfContact sourceOfContact) {
        this.sourceOfContact = sourceOfContact;
        return this;
    }

    public CaseOpenedBuilder occupation(Occupation occupation) {
        this.occupation = occupation;
        return this;
    }

    public CaseOpenedBuilder community(Community community) {
        this.community = community;
        return this;
    }

    public CaseOpened build() {
        return new CaseOpened(caseId, contactId, caseNumber, openedAt, channel, ageBand, gender, city, province,
                callerType, sourceOfContact, occupation, community);
    }
}
