package org.helpline.contracts;

/**
 * An event that crosses service boundaries on Kafka. Bodies carry ids, vocabulary values,
 * timestamps, city and province only: never a name, number, address or free text.
 */
public interface IntegrationEvent {

    /** Kafka key: the case id for case events, so that all events of one case stay in order. */
    String partitionKey();
}
