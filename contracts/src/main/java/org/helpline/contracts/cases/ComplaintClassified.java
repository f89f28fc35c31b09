package org.helpline.contracts.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;

/** An associate classified (or reclassified) a case; the latest classification is the one that counts. */
public record ComplaintClassified(
        UUID caseId,
        Instant classifiedAt,
        Category category,
        List<ComplaintType> complaintTypes,
        List<Platform> platforms,
        HarasserGender harasserGender,
        Relationship relationship,
        boolean mentalHealthConcern) implements CaseEvent {

    public ComplaintClassified {
        complaintTypes = List.copyOf(complaintTypes);
        platforms = List.copyOf(platforms);
    }

    @Override
    public <R> R accept(CaseEvent.Visitor<R> visitor) {
        return visitor.classified(this);
    }
}
