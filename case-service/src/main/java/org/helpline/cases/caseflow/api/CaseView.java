package org.helpline.cases.caseflow.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.helpline.cases.caseflow.domain.CasePriority;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.cases.caseflow.domain.Classification;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.contracts.vocabulary.Service;

/**
 * A case as staff see it, without personal data; {@code priorityReason} says why it is above NORMAL (null when it is
 * not); {@code version} is also the ETag.
 */
public record CaseView(UUID caseId, String caseNumber, CaseState.Status status, CasePriority priority,
        CasePriority.Reason priorityReason, Instant openedAt, ClassificationView classification, List<Service> services, String assignee, int followUps,
        CaseOutcome outcome, int version) {

    static CaseView of(CaseState state, int version) {
        return new CaseView(state.caseId(), state.caseNumber(), state.status(), state.priority(),
                CasePriority.reasonFor(state).orElse(null), state.openedAt(),
                ClassificationView.of(state.caseId(), state.classification()), state.services(), state.assignee(),
                state.followUps(), state.outcome(),
                version);
    }

    /** The latest classification of the complaint. */
    public record ClassificationView(UUID caseId, Instant classifiedAt, Category category,
            List<ComplaintType> complaintTypes, List<Platform> platforms, HarasserGender harasserGender, Relationship relationship,
            boolean mentalHealthConcern) {

        static ClassificationView of(UUID caseId, Classification classification) {
            return classification == null ? null : new ClassificationView(caseId, classification.classifiedAt(),
                    classification.category(), classification.complaintTypes(), classification.platforms(),
                    classification.harasserGender(), classification.relationship(),
                    classification.mentalHealthConcern());
        }
    }
}
