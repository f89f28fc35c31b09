package org.helpline.cases.caseflow.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.helpline.cases.caseflow.domain.CasePriority;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Service;

/** A case as staff see it, without personal data; {@code version} is also the ETag. */
public record CaseView(UUID caseId, String caseNumber, CaseState.Status status, CasePriority priority,
        Instant openedAt, ComplaintClassified classification, List<Service> services, String assignee, int followUps,
        CaseOutcome outcome, int version) {

    static CaseView of(CaseState state, int version) {
        return new CaseView(state.caseId(), state.caseNumber(), state.status(), state.priority(), state.openedAt(),
                state.classification(), state.services(), state.assignee(), state.followUps(), state.outcome(),
                version);
    }
}
