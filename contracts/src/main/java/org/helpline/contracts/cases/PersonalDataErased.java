package org.helpline.contracts.cases;

import java.time.Instant;
import java.util.UUID;

import org.helpline.contracts.IntegrationEvent;

/** The personal data of a case was destroyed; the case's statistics stay as they were. */
public record PersonalDataErased(UUID caseId, Instant erasedAt, String reasonCode) implements IntegrationEvent {

    @Override
    public String partitionKey() {
        return caseId.toString();
    }
}
