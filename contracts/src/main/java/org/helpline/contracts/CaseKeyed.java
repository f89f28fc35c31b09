package org.helpline.contracts;

import java.util.UUID;

/**
 * An event about one case, wherever it is published: Kafka keys it by its case id, so that all events of a
 * case (from intake, case-service, escalations and referrals alike) stay in one partition, in order.
 */
public interface CaseKeyed extends IntegrationEvent {

    UUID caseId();

    @Override
    default String partitionKey() {
        return caseId().toString();
    }
}
