package org.helpline.platform.aggregate;

/** An aggregate's state and the stream version it was read at (0: the stream has no events yet). */
public record Loaded<S>(S state, int version) {

    public boolean exists() {
        return version > 0;
    }
}
