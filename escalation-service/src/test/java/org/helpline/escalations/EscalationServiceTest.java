package org.helpline.escalations;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.helpline.platform.testing.CloudEventWriter;
import org.helpline.platform.testing.SignedInAsSupervisor;
import org.helpline.platform.testing.TopicProbe;

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

    protected final TopicProbe topics = TopicProbe.ofTheTestBroker();
    protected final CloudEventWriter upstream = new CloudEventWriter(topics);

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
