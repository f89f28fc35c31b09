package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.platform.testing.TopicProbe;

import io.restassured.http.ContentType;

/**
 * Escalations and referrals checked from outside on the stack deploy/stack starts (SNAPCHAT ages
 * after 20 s there). Years 2048-2049 are this class's own.
 */
class EscalationsAndReferralsIT extends OnTheLocalStack {

    @FullFaultSuite
    void anEscalationWhoseDueTimePassedWhileTheServiceWasDownBecomesNoResponseOnce() throws Exception {
        String caseId = openCase("2048-05-01T10:00:00+05:00", "Lahore");
        String escalationId = escalate(caseId, "SNAPCHAT").statusCode(201).extract().path("escalationId");
        Instant due = Instant.parse(given().get(stack.url("escalation-service") + "/api/escalations/" + escalationId)
                .then().statusCode(200).body("outcome", nullValue()).extract().<String>path("sentAt"))
                .plus(LocalStack.SNAPCHAT_AGEING);
        stack.stop("escalation-service");
        await().atMost(LocalStack.SNAPCHAT_AGEING.multipliedBy(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> Instant.now().isAfter(due));
        stack.up();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get(stack.url("escalation-service") + "/api/escalations/" + escalationId).then()
                        .body("outcome", equalTo("NO_RESPONSE")));
        stack.awaitReport(2048, "escalationsByPlatform.SNAPCHAT.unresolved", 1);
        // sweeps run every 2 s: a few more of them must not resolve it again
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> topics.readAll(Topics.ESCALATIONS, r -> type(r, "EscalationResolved")
                        && r.value().contains(escalationId)).size() == 1);
    }

    @Test
    void aSuspendedChannelRefusesEscalationsAndAnalyticsRatesEqualTheEvents() {
        String caseId = openCase("2049-02-01T10:00:00+05:00", "Sialkot");
        channel("X", "SUSPENDED").statusCode(200);
        escalate(caseId, "X").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("SUSPENDED"));
        channel("X", "ACTIVE").statusCode(200);
        String first = escalate(caseId, "X").statusCode(201).extract().path("escalationId");
        escalate(caseId, "X").statusCode(201);
        String third = escalate(caseId, "TIKTOK").statusCode(201).extract().path("escalationId");
        resolve(first, "RESOLVED");
        resolve(third, "UNRESOLVED");

        stack.awaitReport(2049, "escalationsByPlatform.X.sent", 2);
        stack.awaitReport(2049, "escalationsByPlatform.TIKTOK.unresolved", 1);
        List<ConsumerRecord<String, String>> events = topics.readAll(Topics.ESCALATIONS, r -> caseId.equals(r.key()));
        assertThat(events.stream().filter(r -> type(r, "EscalationSent") && r.value().contains("\"X\""))).hasSize(2);
        assertThat(events.stream().filter(r -> type(r, "EscalationResolved") && r.value().contains("\"RESOLVED\"")))
                .hasSize(1);
        // one of the two escalations to X resolved: 50%
        given().get(stack.url("analytics-service") + "/api/reports/2049").then()
                .body("escalationsByPlatform.X.resolutionRate", equalTo(0.5f));

        String referral = onceKnown(() -> given().contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "target", "FIA", "city", "Sialkot"))
                .post(stack.url("referral-service") + "/api/referrals").then()).statusCode(201)
                .body("wing", equalTo("Gujranwala")).body("sameCity", equalTo(false)).extract().path("referralId");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "FIR_LODGED"))
                .post(stack.url("referral-service") + "/api/referrals/" + referral + "/outcome").then().statusCode(200);
        stack.awaitReport(2049, "referralOutcomes.FIA.FIR_LODGED", 1);
        stack.awaitReport(2049, "fiaReferrals.fromOtherCities", 1);
    }

    private static boolean type(ConsumerRecord<String, String> record, String type) {
        return type.equals(TopicProbe.header(record, "ce_type"));
    }

    private static String openCase(String receivedAt, String city) {
        String caseId = given().contentType(ContentType.JSON).body(Map.of("channel", "WEB_FORM", "kind", "NEW",
                "receivedAt", receivedAt, "complainant", Map.of("ageBand", "AGE_18_30", "gender", "FEMALE",
                        "city", city, "callerType", "SELF")))
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201).extract().path("caseId");
        return caseId;
    }

    private static io.restassured.response.ValidatableResponse escalate(String caseId, String platform) {
        return onceKnown(() -> given().contentType(ContentType.JSON).body(Map.of("caseId", caseId,
                "platform", platform, "reason", "IMPERSONATION"))
                .post(stack.url("escalation-service") + "/api/escalations").then());
    }

    /** Services learn of a case from helpline.contacts a moment after intake opened it: until then, 404. */
    private static io.restassured.response.ValidatableResponse onceKnown(
            Supplier<io.restassured.response.ValidatableResponse> request) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(request::get, response -> response.extract().statusCode() != 404);
    }

    private static io.restassured.response.ValidatableResponse channel(String platform, String status) {
        return given().contentType(ContentType.JSON).body(Map.of("status", status, "reason", "rehearsal"))
                .put(stack.url("escalation-service") + "/api/platform-channels/" + platform).then();
    }

    private static void resolve(String escalationId, String outcome) {
        given().contentType(ContentType.JSON).body(Map.of("outcome", outcome))
                .post(stack.url("escalation-service") + "/api/escalations/" + escalationId + "/resolution").then()
                .statusCode(200);
    }
}
