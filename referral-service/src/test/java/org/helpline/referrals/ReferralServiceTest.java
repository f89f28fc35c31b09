package org.helpline.referrals;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.helpline.platform.testing.SignedInAsSupervisor;
import org.helpline.platform.testing.TopicProbe;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Where referral-service's {@code @QuarkusTest}s start from: every request is a supervisor's (who may do
 * everything here) unless a test sends it as someone else; {@code topics} reads what the service published and
 * writes what intake would; the requests the legal team makes, answered for the test to check.
 */
public abstract class ReferralServiceTest extends SignedInAsSupervisor {

    protected final TopicProbe topics = TopicProbe.ofTheTestBroker();

    protected static ValidatableResponse refer(UUID caseId, String target, String city) {
        return json(Map.of("caseId", caseId.toString(), "target", target, "city", city)).post("/api/referrals").then();
    }

    protected static ValidatableResponse outcome(String referralId, String outcome) {
        return json(Map.of("outcome", outcome)).post("/api/referrals/" + referralId + "/outcome").then();
    }

    /** A request with that JSON body. */
    protected static RequestSpecification json(Object body) {
        return given().contentType(ContentType.JSON).body(body);
    }
}
