package org.helpline.platform.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;

/**
 * The ComplaintClassified case-service would publish, {@link SampleEvents}' values unless told otherwise
 * (cyber harassment, blackmailing and NCII on Instagram and WhatsApp by a male ex-partner, a mental-health
 * concern, an hour after the sample contact), so a test names only what it is about.
 */
public final class ComplaintClassifiedBuilder {

    private final UUID caseId;
    private Instant classifiedAt = SampleEvents.AT.plusSeconds(3600);
    private Category category = Category.CYBER_HARASSMENT;
    private List<ComplaintType> complaintTypes = List.of(ComplaintType.BLACKMAILING, ComplaintType.NCII);
    private List<Platform> platforms = List.of(Platform.INSTAGRAM, Platform.WHATSAPP);
    private HarasserGender harasserGender = HarasserGender.MALE;
    private Relationship relationship = Relationship.EX_PARTNER;
    private boolean mentalHealthConcern = true;

    ComplaintClassifiedBuilder(UUID caseId) {
        this.caseId = caseId;
    }

    public ComplaintClassifiedBuilder at(Instant classifiedAt) {
        this.classifiedAt = classifiedAt;
        return this;
    }

    public ComplaintClassifiedBuilder category(Category category) {
        this.category = category;
        return this;
    }

    public ComplaintClassifiedBuilder types(ComplaintType... complaintTypes) {
        this.complaintTypes = List.of(complaintTypes);
        return this;
    }

    public ComplaintClassifiedBuilder platforms(Platform... platforms) {
        this.platforms = List.of(platforms);
        return this;
    }

    public ComplaintClassifiedBuilder harasser(HarasserGender harasserGender) {
        this.harasserGender = harasserGender;
        return this;
    }

    public ComplaintClassifiedBuilder relationship(Relationship relationship) {
        this.relationship = relationship;
        return this;
    }

    public ComplaintClassifiedBuilder mentalHealthConcern(boolean mentalHealthConcern) {
        this.mentalHealthConcern = mentalHealthConcern;
        return this;
    }

    public ComplaintClassified build() {
        return new ComplaintClassified(caseId, classifiedAt, category, complaintTypes, platforms, harasserGender,
                relationship, mentalHealthConcern);
    }
}
