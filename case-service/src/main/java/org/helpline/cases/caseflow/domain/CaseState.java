package org.helpline.cases.caseflow.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Service;

/**
 * A case as its events left it. {@code classification} is the latest one; earlier ones stay in the stream.
 * The complainant's profile (age band, occupation, community) is kept because it decides the case's priority.
 */
public record CaseState(UUID caseId, String caseNumber, Instant openedAt, Status status, AgeBand ageBand,
        Occupation occupation, Community community, Classification classification, List<Service> services,
        String assignee, int followUps, CaseOutcome outcome) {

    public enum Status {
        OPEN,
        CLOSED
    }

    public CaseState {
        services = List.copyOf(services);
    }

    public CasePriority priority() {
        return CasePriority.of(this);
    }

    CaseState withStatus(Status newStatus, CaseOutcome newOutcome) {
        return new CaseState(caseId, caseNumber, openedAt, newStatus, ageBand, occupation, community, classification,
                services, assignee, followUps, newOutcome);
    }

    CaseState withClassification(Classification latest) {
        return new CaseState(caseId, caseNumber, openedAt, status, ageBand, occupation, community, latest, services,
                assignee, followUps, outcome);
    }

    CaseState withService(Service service) {
        List<Service> more = new ArrayList<>(services);
        more.add(service);
        return new CaseState(caseId, caseNumber, openedAt, status, ageBand, occupation, community, classification,
                more, assignee, followUps, outcome);
    }

    CaseState withAssignee(String newAssignee) {
        return new CaseState(caseId, caseNumber, openedAt, status, ageBand, occupation, community, classification,
                services, newAssignee, followUps, outcome);
    }

    CaseState withOneMoreFollowUp() {
        return new CaseState(caseId, caseNumber, openedAt, status, ageBand, occupation, community, classification,
                services, assignee, followUps + 1, outcome);
    }
}
