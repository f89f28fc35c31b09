package org.helpline.console.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.helpline.contracts.vocabulary.Category;

/**
 * One page of case-service's worklist, as far as the console reads it: fields it does not read are ignored, and
 * a value outside these enums fails the page rather than showing something case-service did not say.
 */
public record WorklistPage(List<Entry> items, int page, int size, long totalItems) {

    public record Entry(UUID caseId, String caseNumber, CaseStatus status, CasePriority priority, Category category,
            String assignee, Instant openedAt, int followUps) {
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
