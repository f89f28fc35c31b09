package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.platform.testing.CloudEventWriter;
import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.testing.TopicProbe;

import io.restassured.http.ContentType;

/**
 * The whole platform as a user runs it: deploy/stack starts Kafka, PostgreSQL and the five built jars;
 * requests go in over REST, events are read off the topics, statistics come out of analytics. Each
 * test works in its own report year, so they do not depend on each other.
 */
class PlatformEndToEndIT extends OnTheLocalStack {

    @Test
    void aContactBecomesACaseThatIsClassifiedEscalatedReferredAndCounted() {
        String caseId = newContact(2041, "Bahawalpur", null);

        ConsumerRecord<String, String> opened = topics.await(Topics.CONTACTS, r -> caseId.equals(r.key()),
                Duration.ofSeconds(10));
        TopicProbe.assertCloudEvent(opened, "CaseOpened", "/helpline/intake-service", caseId);
        stack.awaitReport(2041, "totals.cases", 1);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                given().get(stack.url("case-service") + "/api/cases/" + caseId).statusCode() == 200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("category", "CYBER_HARASSMENT", "complaintTypes", List.of("BLACKMAILING", "NCII"),
                        "platforms", List.of("INSTAGRAM"), "harasserGender", "MALE", "relationship", "EX_PARTNER",
                        "mentalHealthConcern", true))
                .post(stack.url("case-service") + "/api/cases/" + caseId + "/classification")
                .then().statusCode(200);
        ConsumerRecord<String, String> classified = topics.await(Topics.CASES, r -> caseId.equals(r.key()),
                Duration.ofSeconds(10));
        assertThat(TopicProbe.header(classified, "ce_type")).isEqualTo("ComplaintClassified");

        await().atMost(Duration.ofSeconds(10)).until(() -> given().contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "platform", "INSTAGRAM", "reason", "NCII"))
                .post(stack.url("escalation-service") + "/api/escalations").statusCode() == 201);
        String escalationId = topics.await(Topics.ESCALATIONS, r -> caseId.equals(r.key()), Duration.ofSeconds(10))
                .value().replaceAll(".*\"escalationId\":\"([^\"]+)\".*", "$1");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "RESOLVED"))
                .post(stack.url("escalation-service") + "/api/escalations/" + escalationId + "/resolution")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> given().contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "target", "FIA", "city", "Bahawalpur"))
                .post(stack.url("referral-service") + "/api/referrals").statusCode() == 201);
        ConsumerRecord<String, String> referred = topics.await(Topics.REFERRALS, r -> caseId.equals(r.key()),
                Duration.ofSeconds(10));
        assertThat(TopicProbe.header(referred, "ce_type")).isEqualTo("ReferredToFIA");

        stack.awaitReport(2041, "fiaReferrals.fromOtherCities", 1);
        given().get(stack.url("analytics-service") + "/api/reports/2041").then()
                .body("categories.CYBER_HARASSMENT", equalTo(1))
                .body("escalationsByPlatform.INSTAGRAM.sent", equalTo(1))
                .body("escalationsByPlatform.INSTAGRAM.resolved", equalTo(1))
                .body("escalationsByPlatform.INSTAGRAM.resolutionRate", equalTo(1.0f))
                .body("referrals.FIA", equalTo(1))
                .body("complaintTypesByGender.NCII.FEMALE", equalTo(1));
    }

    @FullFaultSuite
    void crashingCaseServiceAndAnalyticsWhileContactsArriveLosesAndDuplicatesNothing() throws Exception {
        List<String> accepted = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> posting = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 120; i++) {
                var response = given().contentType(ContentType.JSON).body(contact(2042, "Lahore"))
                        .post(stack.url("intake-service") + "/api/contacts");
                if (response.statusCode() == 201) {
                    accepted.add(response.path("caseId"));
                }
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> accepted.size() >= 30);
        stack.crash("case-service");
        stack.crash("analytics-service");
        stack.up();
        posting.get();

        assertThat(accepted).hasSize(120);
        stack.awaitReport(2042, "totals.cases", accepted.size());
        // every case reached case-service exactly once: its stream holds the one CaseOpened (version 1)
        for (String caseId : accepted) {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    given().get(stack.url("case-service") + "/api/cases/" + caseId).statusCode() == 200);
            given().get(stack.url("case-service") + "/api/cases/" + caseId).then().header("ETag", "\"1\"");
        }
        given().get(stack.url("analytics-service") + "/api/reports/2042").then()
                .body("totals.cases", equalTo(accepted.size()));
    }

    @FullFaultSuite
    void whileKafkaIsDownIntakeKeepsAcceptingAndEverythingArrivesAfterwards() {
        stack.stop("kafka");
        int accepted = 0;
        int refused = 0;
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            if (newContactStatus(2043) == 201) {
                accepted++;
            } else {
                refused++;
            }
        }
        assertThat(refused).as("intake answers without Kafka: the outbox holds the events").isZero();
        assertThat(accepted).isPositive();
        awaitReadiness("case-service", 503);
        stack.up();
        awaitReadiness("case-service", 200);

        stack.awaitReport(2043, "totals.cases", accepted);
    }

    @Test
    void whilePostgresRestartsConsumersWaitInsteadOfDeadLetteringAndNothingIsLost() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<Void> posting = CompletableFuture.runAsync(() -> {
            while (!done.get()) {
                // during the outage intake answers 503, and a commit whose answer is lost may still have been
                // recorded: a careful client retries with the same key until it has its 201, and then the
                // count must be exact, nothing lost and nothing twice
                String key = "pg-restart-" + UUID.randomUUID();
                while (newContactStatus(2045, key) != 201) {
                    sleep(200);
                }
                accepted.incrementAndGet();
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> accepted.get() >= 20);
        stack.stop("postgres");
        awaitReadiness("case-service", 503);
        stack.up();
        int before = accepted.get();
        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.get() >= before + 20);
        done.set(true);
        posting.get();

        stack.awaitReport(2045, "totals.cases", accepted.get());
        assertThat(topics.readAll(Topics.deadLetterOf(Topics.CONTACTS),
                r -> r.value().contains("\"openedAt\":\"2045-"))).isEmpty();
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndLaterEventsOfItsPartitionAreStillProcessed() {
        // the event after the poison has the poison's key: same partition, so a stuck partition would hold it
        UUID caseId = UUID.randomUUID();
        topics.send(Topics.CONTACTS, caseId.toString(), "this is not json", Map.of("ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(), "ce_type", "CaseOpened"));

        ConsumerRecord<String, String> dead = topics.await(Topics.deadLetterOf(Topics.CONTACTS),
                r -> caseId.toString().equals(r.key()), Duration.ofSeconds(20));
        assertThat(TopicProbe.header(dead, "dead-letter-reason")).contains("not valid JSON");

        new CloudEventWriter(topics).publish(SampleEvents.caseOpened(caseId, Instant.parse("2044-06-15T05:00:00Z")));
        stack.awaitReport(2044, "totals.cases", 1);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().get(stack.url("case-service") + "/api/cases/" + caseId).statusCode() == 200);
        given().get(stack.url("analytics-service") + "/q/health/ready").then().statusCode(200);
    }

    /** Readiness as an orchestrator sees it: 200 while every check is UP, 503 as soon as one is DOWN. */
    private static void awaitReadiness(String service, int status) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().get(stack.url(service) + "/q/health/ready").statusCode() == status);
    }

    private static String newContact(int year, String city, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).body(contact(year, city));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(stack.url("intake-service") + "/api/contacts").then().statusCode(201).extract()
                .path("caseId");
    }

    private static int newContactStatus(int year) {
        return given().contentType(ContentType.JSON).body(contact(year, "Lahore"))
                .post(stack.url("intake-service") + "/api/contacts").statusCode();
    }

    private static int newContactStatus(int year, String idempotencyKey) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .body(contact(year, "Lahore")).post(stack.url("intake-service") + "/api/contacts").statusCode();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Object> contact(int year, String city) {
        return Map.of("channel", "PHONE", "kind", "NEW", "receivedAt", year + "-06-15T10:00:00+05:00",
                "complainant", Map.of("ageBand", "AGE_18_30", "gender", "FEMALE", "city", city,
                        "callerType", "SELF"));
    }
}
