package org.helpline.contracts.cases;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.vocabulary.Service;

/** The helpline gave a service (legal advice, digital-security advice, ...) on a case. */
public record ServiceProvided(UUID caseId, Instant providedAt, Service service) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId.toString();
    }
}
