package org.helpline.intake.phone;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded call as staff see it: never the number. {@code endedAt} and {@code answered} are null while it rings;
 * {@code caseId} is set once the call is filed under a case.
 */
public record CallView(String callId, UUID contactId, Instant startedAt, Instant endedAt, Boolean answered,
        String language,
        String extension, boolean repeatCaller, List<String> previousCaseNumbers, UUID caseId) {
}
