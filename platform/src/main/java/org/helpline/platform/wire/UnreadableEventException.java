package org.helpline.platform.wire;

/** A message or stored event that cannot be turned into a known event: it belongs in a dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String reason) {
        super(reason);
    }

    public UnreadableEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
