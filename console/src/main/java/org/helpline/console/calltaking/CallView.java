package org.helpline.console.calltaking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reported call as intake shows it to staff (never the number), as far as the call page reads it.
 * {@code endedAt} and {@code answered} are null while it rings; {@code caseId} once it is filed.
 */
public record CallView(String callId, Instant startedAt, Instant endedAt, Boolean answered, String language,
        String extension, boolean repeatCaller, List<String> previousCaseNumbers, UUID caseId) {

    public boolean ringing() {
        return endedAt == null;
    }

    public boolean filed() {
        return caseId != null;
    }
}
