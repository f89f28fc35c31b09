package org.helpline.cases.caseflow.domain;

import java.time.Instant;
import java.util.List;

import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;

/** How the complaint was classified, as the case keeps it (the latest classification counts). */
public record Classification(Instant classifiedAt, Category category, List<ComplaintType> complaintTypes,
        List<Platform> platforms, HarasserGender harasserGender, Relationship relationship,
        boolean mentalHealthConcern) {

    public Classification {
        complaintTypes = List.copyOf(complaintTypes);
        platforms = List.copyOf(platforms);
    }

    static Classification of(ComplaintClassified classified) {
        return new Classification(classified.classifiedAt(), classified.category(), classified.complaintTypes(),
                classified.platforms(), classified.harasserGender(), classified.relationship(),
                classified.mentalHealthConcern());
    }
}
