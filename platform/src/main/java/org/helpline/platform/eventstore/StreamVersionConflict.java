package org.helpline.platform.eventstore;

/**
 * An append expected a stream version that is no longer current: somebody else changed the stream
 * first. Nothing was written; the caller must re-read and decide again.
 */
public class StreamVersionConflict extends RuntimeException {

    private final String streamId;
    private final int expectedVersion;
    private final int actualVersion;

    public StreamVersionConflict(String streamId, int expectedVersion, int actualVersion) {
        super("stream " + streamId + " is at version " + (actualVersion < 0 ? "unknown" : actualVersion)
                + ", not the expected " + expectedVersion);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String streamId() {
        return streamId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    /** The version found, or -1 when a concurrent append was detected only by the unique constraint. */
    public int actualVersion() {
        return actualVersion;
    }
}
