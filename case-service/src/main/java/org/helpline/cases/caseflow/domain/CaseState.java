package org.helpline.cases.caseflow.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Service;

/** A case as its events left it. {@code classification} is the latest one; earlier ones stay in the stream. */
public record CaseState(UUID caseId, String caseNumber, Instant openedAt, Status status,
        ComplaintClassified classification, List<Service> services, CaseOutcome outcome) {

    public enum Status {
        OPEN,
        CLOSED
    }

    public CaseState {
        services = List.copyOf(services);
    }

    CaseState withStatus(Status newStatus, CaseOutcome newOutcome) {
        return new CaseState(caseId, caseNumber, openedAt, newStatus, classification, services, newOutcome);
    }

    CaseState withClassification(ComplaintClassified latest) {
        return new CaseState(caseId, caseNumber, openedAt, status, latest, services, outcome);
    }

    CaseState withService(Service service) {
        List<Service> more = new ArrayList<>(services);
        more.add(service);
        return new CaseState(caseId, caseNumber, openedAt, status, classification, more, outcome);
    }
}
