package org.helpline.console.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.contracts.vocabulary.Service;

/**
 * case-service's {@code GET /api/cases/{caseId}} as the case page reads it; {@code priorityReason} is null for a
 * NORMAL case; {@code version} is the ETag.
 */
public record CaseView(UUID caseId, String caseNumber, CaseStatus status, CasePriority priority,
        PriorityReason priorityReason, Instant openedAt,
        Classification classification, List<Service> services, String assignee, int followUps, CaseOutcome outcome,
        int version) {

    /** The latest classification of the complaint. */
    public record Classification(Instant classifiedAt, Category category, List<ComplaintType> complaintTypes,
            List<Platform> platforms, HarasserGender harasserGender, Relationship relationship,
            boolean mentalHealthConcern) {
    }
}
