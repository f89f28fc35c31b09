package org.helpline.escalations.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.contracts.cases.CaseClosed;
import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.escalations.EscalationSent;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.testing.CloudEventWriter;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.testing.Staff;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The escalation lifecycle beyond sending: channels, ageing (SNAPCHAT ages after 3 s in the test
 * profile), listings, per-platform figures and suggestions from classifications.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class EscalationLifecycleTest {

    private final TopicProbe topics = new TopicProbe(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private final CloudEventWriter upstream = new CloudEventWriter(topics);

    @BeforeEach
    void signInAsSupervisor() {
        RestAssured.requestSpecification = Staff.as(Staff.SUPERVISOR);
    }

    @Test
    void escalatingThroughASuspendedChannelIsRefusedUntilItIsActiveAgain() {
        UUID caseId = knownCase();
        channel("TELEGRAM", "SUSPENDED", "no answer since May").statusCode(200).body("status", equalTo("SUSPENDED"));
        channel("TELEGRAM", "SUSPENDED", "still silent").statusCode(200);

        escalate(caseId, "TELEGRAM", "HARASSMENT").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("SUSPENDED"));
        given().get("/api/platform-channels/TELEGRAM").then().body("reason", equalTo("still silent"));

        channel("TELEGRAM", "ACTIVE", "answering again").statusCode(200);
        escalate(caseId, "TELEGRAM", "HARASSMENT").statusCode(201);

        List<String> changes = topics.readAll(Topics.ESCALATIONS,
                r -> "PlatformChannelChanged".equals(TopicProbe.header(r, "ce_type")) && r.value().contains("TELEGRAM"))
                .stream().map(r -> r.value()).toList();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).contains("SUSPENDED").doesNotContain("May");
        given().get("/api/platform-channels/MYSPACE").then().statusCode(400)
                .body("errors[0].allowedValues", hasItem("TIKTOK"));
    }

    @Inject
    EventStore store;

    @Inject
    Escalating escalating;

    @Test
    void anEscalationSentBeforeTheReadModelExistedIsListedAndAgesOutAfterTheBackfill() {
        UUID caseId = UUID.randomUUID();
        UUID escalationId = UUID.randomUUID();
        // as an earlier version stored it: the event only, no read-model row
        QuarkusTransaction.requiringNew().run(() -> store.append(Escalating.STREAM_TYPE, escalationId.toString(), 0,
                List.of(NewEvent.of(new EscalationSent(caseId, escalationId, Platform.SNAPCHAT, EscalationReason.NCII,
                        Instant.now().minusSeconds(60)))), EventMetadata.newFlow("earlier-version")));
        given().queryParam("caseId", caseId).get("/api/escalations").then().body("size()", equalTo(0));

        assertThat(escalating.recordMissingViews(500)).isPositive();

        given().queryParam("caseId", caseId).get("/api/escalations").then().body("size()", equalTo(1));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/api/escalations/" + escalationId).then().body("outcome", equalTo("NO_RESPONSE")));
    }

    @Test
    void anEscalationLeftUnansweredPastItsAgeingBecomesNoResponseExactlyOnce() {
        UUID caseId = knownCase();
        // answered at once, well inside its 3 s: the clock must leave it alone
        String answered = escalate(caseId, "SNAPCHAT", "FAKE_PROFILE").statusCode(201).extract().path("escalationId");
        resolve(answered, "RESOLVED").statusCode(200);
        String aged = escalate(caseId, "SNAPCHAT", "NCII").statusCode(201).extract().path("escalationId");
        String waiting = escalate(caseId, "INSTAGRAM", "NCII").statusCode(201).extract().path("escalationId");

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/api/escalations/" + aged).then().body("outcome", equalTo("NO_RESPONSE")));
        resolve(aged, "RESOLVED").statusCode(409);
        given().get("/api/escalations/" + answered).then().body("outcome", equalTo("RESOLVED"));
        given().get("/api/escalations/" + waiting).then().body("outcome", equalTo(null));

        // several sweeps later there is still exactly one resolution of the aged escalation on the topic
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(topics.readAll(Topics.ESCALATIONS, r -> "EscalationResolved".equals(TopicProbe.header(r, "ce_type"))
                && r.value().contains(aged))).hasSize(1);
    }

    @Test
    void escalationsAreListedByCaseAndStateAndCountedPerPlatform() {
        UUID caseId = knownCase();
        Map<String, Object> before = figures("YOUTUBE");
        String resolved = escalate(caseId, "YOUTUBE", "DEFAMATION").statusCode(201).extract().path("escalationId");
        escalate(caseId, "YOUTUBE", "HATE_SPEECH").statusCode(201);
        resolve(resolved, "RESOLVED").statusCode(200);

        given().queryParam("caseId", caseId).queryParam("platform", "YOUTUBE").get("/api/escalations").then()
                .statusCode(200).body("size()", equalTo(2));
        given().queryParam("caseId", caseId).queryParam("state", "PENDING").queryParam("platform", "YOUTUBE")
                .get("/api/escalations").then().body("size()", equalTo(1)).body("[0].reason", equalTo("HATE_SPEECH"));
        given().queryParam("state", "LOST").get("/api/escalations").then().statusCode(400);

        Map<String, Object> after = figures("YOUTUBE");
        assertThat(count(after, "sent")).isEqualTo(count(before, "sent") + 2);
        assertThat(count(after, "resolved")).isEqualTo(count(before, "resolved") + 1);
        assertThat(count(after, "pending")).isEqualTo(count(before, "pending") + 1);
        assertThat(after.get("medianHoursToAnswer")).isNotNull();
        assertThat(((Number) after.get("resolutionRate")).doubleValue())
                .isEqualTo(Math.round(1000.0 * count(after, "resolved") / count(after, "sent")) / 1000.0);
    }

    @Test
    void classifiedCasesThatCallForAnEscalationAreSuggestedUntilEscalatedOrClosed() {
        UUID toEscalate = UUID.randomUUID();
        UUID toClose = UUID.randomUUID();
        UUID fraud = UUID.randomUUID();
        for (UUID caseId : List.of(toEscalate, toClose, fraud)) {
            upstream.publish(SampleEvents.caseOpened(caseId, Instant.parse("2023-04-01T10:00:00Z")));
        }
        upstream.publish(classified(toEscalate, ComplaintType.NCII, Platform.INSTAGRAM));
        upstream.publish(classified(toClose, ComplaintType.IMPERSONATION, Platform.TIKTOK));
        upstream.publish(classified(fraud, ComplaintType.FINANCIAL_FRAUD, Platform.FACEBOOK));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().queryParam("size", 500).get("/api/escalations/suggestions").then()
                        .body("caseId", hasItem(toEscalate.toString()))
                        .body("caseId", hasItem(toClose.toString()))
                        .body("find { it.caseId == '" + toClose + "' }.escalations[0].reason",
                                equalTo("IMPERSONATION")));
        given().queryParam("size", 500).get("/api/escalations/suggestions").then()
                .body("caseId", not(hasItem(fraud.toString())));

        escalate(toEscalate, "INSTAGRAM", "NCII").statusCode(201);
        upstream.publish(new CaseClosed(toClose, Instant.parse("2023-04-03T10:00:00Z"), CaseOutcome.RESOLVED));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().queryParam("size", 500).get("/api/escalations/suggestions").then()
                        .body("caseId", not(hasItem(toEscalate.toString())))
                        .body("caseId", not(hasItem(toClose.toString()))));
    }

    private static ComplaintClassified classified(UUID caseId, ComplaintType type, Platform platform) {
        return new ComplaintClassified(caseId, Instant.parse("2023-04-02T10:00:00Z"), Category.CYBER_HARASSMENT,
                List.of(type), List.of(platform), HarasserGender.MALE, Relationship.STRANGER, false);
    }

    private UUID knownCase() {
        UUID caseId = UUID.randomUUID();
        upstream.publish(SampleEvents.caseOpened(caseId, Instant.parse("2023-04-01T10:00:00Z")));
        // a GET of the case's escalations does not tell whether the case is known; a refused 404 does
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> escalate(caseId, "OTHER", "OTHER").extract().statusCode() == 201);
        return caseId;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figures(String platform) {
        Map<String, Object> all = given().get("/api/escalations/figures").then().statusCode(200).extract().as(Map.class);
        return (Map<String, Object>) all.getOrDefault(platform, Map.of("sent", 0, "resolved", 0, "pending", 0));
    }

    private static long count(Map<String, Object> figures, String key) {
        return ((Number) figures.get(key)).longValue();
    }

    private static io.restassured.response.ValidatableResponse channel(String platform, String status, String reason) {
        return given().contentType(ContentType.JSON).body(Map.of("status", status, "reason", reason))
                .put("/api/platform-channels/" + platform).then();
    }

    private static io.restassured.response.ValidatableResponse escalate(UUID caseId, String platform, String reason) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId.toString(), "platform", platform, "reason", reason))
                .post("/api/escalations").then();
    }

    private static io.restassured.response.ValidatableResponse resolve(String escalationId, String outcome) {
        return given().contentType(ContentType.JSON).body(Map.of("outcome", outcome))
                .post("/api/escalations/" + escalationId + "/resolution").then();
    }
}
