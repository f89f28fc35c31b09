package org.helpline.contracts.cases;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.vocabulary.Service;

/** The helpline gave a service (legal advice, digital-security advice, ...) on a case. */
public record ServiceProvided(UUID caseId, Instant providedAt, Service service) implements CaseEvent {

    @Override
    public <R> R accept(CaseEvent.Visitor<R> visitor) {
        return visitor.served(this);
    }
}
