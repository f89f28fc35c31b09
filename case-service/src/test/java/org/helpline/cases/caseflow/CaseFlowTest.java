package org.helpline.cases.caseflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.platform.testing.CloudEventWriter;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The Case aggregate through its real path: CaseOpened from Kafka in, REST commands, events out on Kafka. */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class CaseFlowTest {

    private final TopicProbe topics = new TopicProbe(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private final CloudEventWriter intake = new CloudEventWriter(topics);

    @Test
    void aCaseOpenedByIntakeCanBeReadWithItsVersionAsETag() {
        UUID caseId = openCase();

        given().get("/api/cases/" + caseId).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("OPEN"))
                .body("caseNumber", equalTo("CH-2023-000042"));
    }

    @Test
    void classifyingACasePublishesComplaintClassifiedAsACloudEvent() {
        UUID caseId = openCase();

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(classification("NCII"))
                .post("/api/cases/" + caseId + "/classification")
                .then().statusCode(200).header("ETag", "\"2\"").body("classification.complaintTypes[0]", equalTo("NCII"));

        ConsumerRecord<String, String> record = topics.await(Topics.CASES, r -> caseId.toString().equals(r.key()),
                Duration.ofSeconds(15));
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("ComplaintClassified");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/helpline/case-service");
        assertThat(TopicProbe.header(record, "ce_causationid")).isNull();
        assertThat(record.value()).contains("\"schemaVersion\":1").contains("\"NCII\"");
    }

    @Test
    void twoClassificationsWithTheSameIfMatchLetExactlyOneThrough() throws Exception {
        UUID caseId = openCase();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> attempts = List.of("HACKING", "PHISHING").stream()
                .map(type -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(classification(type))
                            .post("/api/cases/" + caseId + "/classification").then().extract().statusCode();
                })).toList();
        start.countDown();

        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();

        assertThat(statuses).containsExactly(200, 409);
        given().get("/api/cases/" + caseId + "/history").then().statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void aStaleIfMatchIsAConflictProblemAndChangesNothing() {
        UUID caseId = openCase();
        classify(caseId, "\"1\"", "HACKING").statusCode(200);

        classify(caseId, "\"1\"", "PHISHING").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("changed by someone else"));
        given().get("/api/cases/" + caseId).then().header("ETag", "\"2\"")
                .body("classification.complaintTypes[0]", equalTo("HACKING"));
    }

    @Test
    void aCommandWithoutIfMatchIsRefusedWith428() {
        UUID caseId = openCase();
        given().contentType(ContentType.JSON).body(classification("HACKING"))
                .post("/api/cases/" + caseId + "/classification")
                .then().statusCode(428).contentType("application/problem+json");
    }

    @Test
    void aClosedCaseCannotBeClassifiedUntilReopened() {
        UUID caseId = openCase();
        given().contentType(ContentType.JSON).header("If-Match", "1").body(Map.of("outcome", "RESOLVED"))
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));

        classify(caseId, "2", "HACKING").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("closed"));

        given().header("If-Match", "2").post("/api/cases/" + caseId + "/reopening").then().statusCode(200);
        classify(caseId, "3", "HACKING").statusCode(200).header("ETag", "\"4\"");
    }

    @Test
    void aRedeliveredCaseOpenedChangesNothing() {
        UUID caseId = UUID.randomUUID();
        UUID eventId = intake.publish(SampleEvents.caseOpened(caseId, Instant.parse("2023-02-01T10:00:00Z")));
        awaitCase(caseId);

        intake.publish(eventId, SampleEvents.caseOpened(caseId, Instant.parse("2023-02-01T10:00:00Z")));
        intake.publish(SampleEvents.caseOpened(caseId, Instant.parse("2023-02-01T10:00:00Z")));
        // a case opened afterwards has been consumed, so the redeliveries before it have been too
        openCase();

        given().get("/api/cases/" + caseId).then().header("ETag", "\"1\"");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndLaterEventsAreStillProcessed() {
        String key = "poison-" + UUID.randomUUID();
        topics.send(Topics.CONTACTS, key, "{ this is not json", Map.of("ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(), "ce_type", "CaseOpened"));

        ConsumerRecord<String, String> dead = topics.await(Topics.deadLetterOf(Topics.CONTACTS),
                r -> key.equals(r.key()), Duration.ofSeconds(20));
        assertThat(TopicProbe.header(dead, "dead-letter-reason")).contains("not valid JSON");

        openCase();
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private UUID openCase() {
        UUID caseId = UUID.randomUUID();
        intake.publish(SampleEvents.caseOpened(caseId, Instant.parse("2023-03-08T09:30:00Z")));
        awaitCase(caseId);
        return caseId;
    }

    private static void awaitCase(UUID caseId) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/cases/" + caseId).statusCode() == 200);
    }

    private static io.restassured.response.ValidatableResponse classify(UUID caseId, String ifMatch, String type) {
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(classification(type))
                .post("/api/cases/" + caseId + "/classification").then();
    }

    private static Map<String, Object> classification(String complaintType) {
        return Map.of("category", "CYBER_HARASSMENT", "complaintTypes", List.of(complaintType),
                "platforms", List.of("INSTAGRAM"), "harasserGender", "MALE", "relationship", "EX_PARTNER",
                "mentalHealthConcern", true);
    }
}
