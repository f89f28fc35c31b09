package org.helpline.intake.phone.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a telephony platform reports when a call rings ({@code endedAt} null) or ends. The caller's number is only
 * here to be hashed; {@link #toString()} never shows it.
 */
public record ReceiveCall(String callId, String callerNumber, Instant startedAt, Instant endedAt, Boolean answered,
        String language, String extension) {

    public boolean ended() {
        return endedAt != null;
    }

    public record Violation(String field, String message) {
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
            violations.add(new Violation("endedAt", "must not be before startedAt"));
        }
        if (endedAt != null && answered == null) {
            violations.add(new Violation("answered", "must say whether the call was answered when it ended"));
        }
        if (endedAt == null && answered != null) {
            violations.add(new Violation("answered", "must come with endedAt: a ringing call is not answered yet"));
        }
        if (callerNumber != null && callerNumber.replaceAll("[^0-9]", "").length() < 3) {
            violations.add(new Violation("callerNumber", "must contain at least 3 digits"));
        }
        return violations;
    }

    @Override
    public String toString() {
        return "ReceiveCall[callId=" + callId + ", callerNumber=redacted, startedAt=" + startedAt + ", endedAt="
                + endedAt + ", answered=" + answered + ", language=" + language + ", extension=" + extension + "]";
    }
}
