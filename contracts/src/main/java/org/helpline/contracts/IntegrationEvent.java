package org.helpline.contracts;

/**
 * An event that crosses service boundaries on Kafka. Bodies carry ids, vocabulary values,
 * timestamps, city and province only: never a name, number, address or free text.
 */
public interface IntegrationEvent {

    /**
     * Kafka key: the case id for events about a case ({@link CaseKeyed}), the username for a staff account's, so
     * that all events of one case or account stay in order.
     */
    String partitionKey();
}
