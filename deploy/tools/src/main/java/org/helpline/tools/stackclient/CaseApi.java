package org.helpline.tools.stackclient;

import java.util.List;
import java.util.UUID;

import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.contracts.vocabulary.Service;

/** case-service's {@code /api/cases}, as far as the tools use it. */
public final class CaseApi {

    private CaseApi() {
    }

    public static String caseUrl(String cases, UUID caseId) {
        return cases + "/api/cases/" + caseId;
    }

    /** {@code GET /api/cases/{id}}: whether it is classified yet, and how many follow-ups it has heard of. */
    public record CaseRead(UUID caseId, Classified classification, int followUps, int version) {
    }

    public record Classified(Category category) {
    }

    /** {@code POST /api/cases/{id}/classification} */
    public record Classification(Category category, List<ComplaintType> complaintTypes, List<Platform> platforms,
            HarasserGender harasserGender, Relationship relationship, boolean mentalHealthConcern) {
    }

    /** {@code POST /api/cases/{id}/services} */
    public record ServiceGiven(Service service) {
    }

    /** {@code GET /api/cases?...}: the worklist's page, of which the tools read only the count. */
    public record WorklistPage(long totalItems) {
    }
}
