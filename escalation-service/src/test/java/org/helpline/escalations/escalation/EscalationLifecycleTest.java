package org.helpline.escalations.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.contracts.cases.CaseClosed;
import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.escalations.EscalationSent;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.escalations.EscalationServiceTest;
import org.helpline.platform.aggregate.CommandLoop;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.testing.HeldJob;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.OpenedCases;
import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;

/**
 * The escalation lifecycle beyond sending: channels, ageing (SNAPCHAT ages after 3 s in the test
 * profile), listings, per-platform figures and suggestions from classifications.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class EscalationLifecycleTest extends EscalationServiceTest {

    @Test
    void escalatingThroughASuspendedChannelIsRefusedUntilItIsActiveAgainAndOnlyStatusChangesArePublished() {
        UUID caseId = OpenedCases.open(topics);
        String suspendedAt = channel("TELEGRAM", "SUSPENDED", "no answer since May").statusCode(200)
                .body("status", equalTo("SUSPENDED")).extract().path("changedAt");
        // a new reason alone is no change of status: the channel keeps the time it was suspended
        channel("TELEGRAM", "SUSPENDED", "still silent").statusCode(200).body("changedAt", equalTo(suspendedAt));
        // the same for a channel never changed: its first note's time stays while only the reason changes
        String notedAt = channel("LINKEDIN", "ACTIVE", "answers within a day").statusCode(200).extract()
                .path("changedAt");
        channel("LINKEDIN", "ACTIVE", "answers within hours").statusCode(200).body("changedAt", equalTo(notedAt));

        escalate(caseId, "TELEGRAM", "HARASSMENT").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("SUSPENDED"));
        given().get("/api/platform-channels/TELEGRAM").then().body("reason", equalTo("still silent"));

        channel("TELEGRAM", "ACTIVE", "answering again").statusCode(200);
        escalate(caseId, "TELEGRAM", "HARASSMENT").statusCode(201);

        // SUSPENDED, ACTIVE: the repeated SUSPENDED changed only the reason, which stays in this service
        List<String> changes = topics.awaitExactly(Topics.ESCALATIONS,
                r -> "PlatformChannelChanged".equals(TopicProbe.header(r, "ce_type")) && r.value().contains("TELEGRAM"),
                2, Duration.ofSeconds(15)).stream().map(r -> r.value()).toList();
        assertThat(changes.get(0)).contains("SUSPENDED").doesNotContain("May");
        assertThat(changes.get(1)).contains("ACTIVE").doesNotContain("answering");
        given().get("/api/platform-channels/MYSPACE").then().statusCode(400)
                .body("errors[0].allowedValues", hasItem("TIKTOK"));
    }

    @Inject
    EventStore store;

    @Inject
    CommandLoop loop;

    @Inject
    EscalationStreams streams;

    @Test
    void anEscalationSentBeforeTheReadModelExistedIsListedAndAgesOutAfterTheBackfill() {
        UUID caseId = UUID.randomUUID();
        UUID escalationId = UUID.randomUUID();
        // as an earlier version stored it: the event only, no read-model row
        QuarkusTransaction.requiringNew().run(() -> store.append(EscalationStreams.STREAM_TYPE, escalationId.toString(), 0,
                List.of(NewEvent.of(new EscalationSent(caseId, escalationId, Platform.SNAPCHAT, EscalationReason.NCII,
                        Instant.now().minusSeconds(60)))), EventMetadata.newFlow("earlier-version")));
        given().queryParam("caseId", caseId).get("/api/escalations").then().body("size()", equalTo(0));

        assertThat(loop.recordMissingRows(streams, 500)).isPositive();

        given().queryParam("caseId", caseId).get("/api/escalations").then().body("size()", equalTo(1));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/api/escalations/" + escalationId).then().body("outcome", equalTo("NO_RESPONSE")));
    }

    @Test
    void anEscalationLeftUnansweredPastItsAgeingBecomesNoResponseExactlyOnce() {
        UUID caseId = OpenedCases.open(topics);
        String answered;
        String aged;
        String waiting;
        // held, so that the answer comes before the 3 s run out however slow this machine is
        try (HeldJob held = HeldJob.held("UnansweredEscalations")) {
            answered = escalate(caseId, "SNAPCHAT", "FAKE_PROFILE").statusCode(201).extract().path("escalationId");
            resolve(answered, "RESOLVED").statusCode(200);
            aged = escalate(caseId, "SNAPCHAT", "NCII").statusCode(201).extract().path("escalationId");
            waiting = escalate(caseId, "INSTAGRAM", "NCII").statusCode(201).extract().path("escalationId");
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get("/api/escalations/" + aged).then().body("outcome", equalTo("NO_RESPONSE")));
        resolve(aged, "RESOLVED").statusCode(409);
        given().get("/api/escalations/" + answered).then().body("outcome", equalTo("RESOLVED"));
        given().get("/api/escalations/" + waiting).then().body("outcome", equalTo(null));

        // awaitExactly reads on for 3 s: several more sweeps, and still one resolution each
        List<String> resolutions = topics.awaitExactly(Topics.ESCALATIONS,
                r -> "EscalationResolved".equals(TopicProbe.header(r, "ce_type"))
                        && (r.value().contains(aged) || r.value().contains(answered) || r.value().contains(waiting)),
                2, Duration.ofSeconds(15)).stream().map(r -> r.value()).toList();
        assertThat(resolutions).filteredOn(v -> v.contains(aged)).singleElement().asString().contains("NO_RESPONSE");
        assertThat(resolutions).filteredOn(v -> v.contains(answered)).singleElement().asString().contains("\"RESOLVED\"");
    }

    @Test
    void escalationsAreListedByCaseAndStateAndCountedPerPlatform() {
        UUID caseId = OpenedCases.open(topics);
        // literal figures below: no other test of this module may escalate to YOUTUBE
        assertThat(allFigures()).as("YOUTUBE is this test's alone").extracting(f -> f.get("platform"))
                .doesNotContain("YOUTUBE");
        String defamation = escalate(caseId, "YOUTUBE", "DEFAMATION").statusCode(201).extract().path("escalationId");
        String ncii = escalate(caseId, "YOUTUBE", "NCII").statusCode(201).extract().path("escalationId");
        escalate(caseId, "YOUTUBE", "HATE_SPEECH").statusCode(201);
        resolve(defamation, "RESOLVED").statusCode(200);
        resolve(ncii, "RESOLVED").statusCode(200);

        given().queryParam("caseId", caseId).queryParam("platform", "YOUTUBE").get("/api/escalations").then()
                .statusCode(200).body("size()", equalTo(3));
        given().queryParam("caseId", caseId).queryParam("state", "PENDING").queryParam("platform", "YOUTUBE")
                .get("/api/escalations").then().body("size()", equalTo(1)).body("[0].reason", equalTo("HATE_SPEECH"));
        given().queryParam("state", "LOST").get("/api/escalations").then().statusCode(400);

        // 2 of 3 resolved: 0.667 (rounded half up to three places, a fraction as analytics shows it)
        Map<String, Object> youtube = figures("YOUTUBE");
        assertThat(count(youtube, "sent")).isEqualTo(3);
        assertThat(count(youtube, "resolved")).isEqualTo(2);
        assertThat(count(youtube, "unresolved")).isZero();
        assertThat(count(youtube, "pending")).isEqualTo(1);
        assertThat(((Number) youtube.get("resolutionRate")).doubleValue()).isEqualTo(0.667);
        // answered within seconds: 0.0 hours to one decimal
        assertThat(((Number) youtube.get("medianHoursToAnswer")).doubleValue()).isEqualTo(0.0);
        assertThat(allFigures()).extracting(f -> Platform.valueOf((String) f.get("platform")))
                .isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void aCaseThatCallsForTwoPlatformsStaysInTheQueueForTheSecondOnceTheFirstIsSent() {
        UUID caseId = UUID.randomUUID();
        upstream.publish(SampleEvents.caseOpened(caseId, Instant.parse("2023-04-01T10:00:00Z")));
        upstream.publish(SampleEvents.classification(caseId).at(Instant.parse("2023-04-02T10:00:00Z"))
                .types(ComplaintType.NCII).platforms(Platform.INSTAGRAM, Platform.WHATSAPP)
                .relationship(Relationship.STRANGER).mentalHealthConcern(false).build());
        String suggested = "find { it.caseId == '" + caseId + "' }.escalations.platform";
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().queryParam("size", 500).get("/api/escalations/suggestions").then()
                        .body(suggested, containsInAnyOrder("INSTAGRAM", "WHATSAPP")));

        escalate(caseId, "INSTAGRAM", "NCII").statusCode(201);
        given().queryParam("size", 500).get("/api/escalations/suggestions").then()
                .body(suggested, contains("WHATSAPP"));

        escalate(caseId, "WHATSAPP", "NCII").statusCode(201);
        given().queryParam("size", 500).get("/api/escalations/suggestions").then()
                .body("caseId", not(hasItem(caseId.toString())));
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
        return SampleEvents.classification(caseId).at(Instant.parse("2023-04-02T10:00:00Z")).types(type)
                .platforms(platform).relationship(Relationship.STRANGER).mentalHealthConcern(false).build();
    }

    /** Read by Jackson, as a client would: numbers as doubles (REST Assured's own paths read them as floats). */
    private static List<Map<String, Object>> allFigures() {
        return given().get("/api/escalations/figures").then().statusCode(200).extract().as(new TypeRef<>() {
        });
    }

    private static Map<String, Object> figures(String platform) {
        return allFigures().stream().filter(f -> platform.equals(f.get("platform"))).findFirst().orElseThrow();
    }

    private static long count(Map<String, Object> figures, String key) {
        return ((Number) figures.get(key)).longValue();
    }
}
