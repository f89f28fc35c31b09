package org.helpline.cases.caseflow;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.helpline.platform.testing.CloudEventWriter;
import org.helpline.platform.testing.SampleEvents;

/** Opens a case the way intake does (CaseOpened on helpline.contacts) and waits until case-service has it. */
public final class OpenCases {

    private OpenCases() {
    }

    public static UUID openedThrough(CloudEventWriter intake, Instant openedAt) {
        UUID caseId = UUID.randomUUID();
        intake.publish(SampleEvents.caseOpened(caseId, openedAt));
        awaitCase(caseId);
        return caseId;
    }

    /** Waits until case-service has the case (its CaseOpened arrives through Kafka). */
    public static void awaitCase(UUID caseId) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/cases/" + caseId).statusCode() == 200);
    }
}
