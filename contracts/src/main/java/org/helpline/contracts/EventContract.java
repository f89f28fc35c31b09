package org.helpline.contracts;

/**
 * The wire identity of one integration event: its CloudEvents type, the current schema version of
 * its body and the topic it travels on. Never derived from the Java class name, so a rename or a
 * move of the record cannot change what is on the wire.
 */
public record EventContract<T extends IntegrationEvent>(String type, int schemaVersion, String topic, Class<T> javaType) {
}
