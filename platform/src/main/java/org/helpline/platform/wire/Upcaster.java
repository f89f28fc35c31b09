package org.helpline.platform.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lifts the JSON body of one event type from {@link #fromVersion()} to the next version, so that
 * events written years ago stay readable after their record has changed. Register as a CDI bean.
 */
public interface Upcaster {

    String eventType();

    int fromVersion();

    /** Receives the body without {@code schemaVersion}; returns the body of version {@code fromVersion() + 1}. */
    ObjectNode upcast(ObjectNode body);
}
