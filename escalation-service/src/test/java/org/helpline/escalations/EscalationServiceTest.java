package org.helpline.escalations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.helpline.platform.knowncases.KnownCases;
import org.helpline.platform.testing.CloudEventWriter;
import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.testing.SignedInAsSupervisor;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Where escalation-service's {@code @QuarkusTest}s start from: every request is a supervisor's (who may do
 * everything here) unless a test sends it as someone else; {@code topics} reads what the service published,
 * {@code upstream} publishes what intake and case-service would; and the requests a digital-security officer
 * makes, answered for the test to check.
 */
public abstract class EscalationServiceTest extends SignedInAsSupervisor {

    private static final AtomicInteger CASE_NUMBERS = new AtomicInteger(new Random().nextInt(800_000));

    protected final TopicProbe topics = TopicProbe.ofTheTestBroker();
    protected final CloudEventWriter upstream = new CloudEventWriter(topics);

    /**
     * A case made known as intake makes it, with its number: CaseOpened on helpline.contacts, waited for in the
     * known-case table (as {@code OpenedCases.open} does, which opens every case under the sample's one number).
     */
    protected UUID openCase(String caseNumber) {
        UUID caseId = UUID.randomUUID();
        upstream.publish(SampleEvents.opening(caseId).caseNumber(caseNumber).openedAt("2023-04-01T10:00:00Z").build());
        KnownCases knownCases = Arc.container().instance(KnownCases.class).get();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> knownCases.contains(caseId)));
        return caseId;
    }

    /** A case number of intake's form, CH-2023-nnnnnn, that no other test uses. */
    protected static String newCaseNumber() {
        return "CH-2023-" + (100_000 + CASE_NUMBERS.getAndIncrement());
    }

    protected static ValidatableResponse escalate(UUID caseId, String platform, String reason) {
        return json(Map.of("caseId", caseId.toString(), "platform", platform, "reason", reason))
                .post("/api/escalations").then();
    }

    protected static ValidatableResponse resolve(String escalationId, String outcome) {
        return json(Map.of("outcome", outcome)).post("/api/escalations/" + escalationId + "/resolution").then();
    }

    protected static ValidatableResponse channel(String platform, String status, String reason) {
        return json(Map.of("status", status, "reason", reason)).put("/api/platform-channels/" + platform).then();
    }

    /** A request with that JSON body. */
    protected static RequestSpecification json(Object body) {
        return given().contentType(ContentType.JSON).body(body);
    }
}
