package org.helpline.cases.caseflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.helpline.cases.CaseServiceTest;
import org.helpline.contracts.Topics;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The Case aggregate through its real path: CaseOpened from Kafka in, REST commands, events out on Kafka. */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class CaseFlowTest extends CaseServiceTest {

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
                .then().statusCode(200).header("ETag", "\"2\"").body("classification.complaintTypes[0]", equalTo("NCII"))
                .body("classification.caseId", equalTo(caseId.toString()));

        ConsumerRecord<String, String> record = topics.await(Topics.CASES, r -> caseId.toString().equals(r.key()),
                Duration.ofSeconds(15));
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("ComplaintClassified");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/helpline/case-service");
        assertThat(TopicProbe.header(record, "ce_causationid")).isNull();
        assertThat(record.value()).contains("\"schemaVersion\":1").contains("\"NCII\"");
    }

    @Test
    void fiftyConcurrentClassificationsWithTheSameIfMatchLetExactlyOneThrough() throws Exception {
        UUID caseId = openCase();
        ExecutorService associates = Executors.newFixedThreadPool(50);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String type = i % 2 == 0 ? "HACKING" : "PHISHING";
                attempts.add(associates.submit(() -> {
                    start.await();
                    return classify(caseId, "\"1\"", type).extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> attempt : attempts) {
                statuses.add(attempt.get(60, TimeUnit.SECONDS));
            }

            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(49);
        } finally {
            associates.shutdownNow();
        }
        given().get("/api/cases/" + caseId + "/history").then().statusCode(200).body("size()", equalTo(2));
        given().get("/api/cases/" + caseId).then().header("ETag", "\"2\"");
    }

    @Test
    void aRedeliveredFollowUpIsCountedOnce() {
        UUID caseId = openCase();
        FollowUpReceived followUp = new FollowUpReceived(caseId, UUID.randomUUID(),
                Instant.parse("2023-03-09T10:00:00Z"), Channel.EMAIL);
        UUID eventId = intake.publish(followUp);
        intake.publish(eventId, followUp);
        // same key as the redelivery, so the same partition: once it is applied, the redelivery has been too.
        // The decider appends one FollowUpReceived per command; only the inbox tells a redelivery apart.
        UUID barrier = intake.publish(new FollowUpReceived(caseId, UUID.randomUUID(),
                Instant.parse("2023-03-10T10:00:00Z"), Channel.PHONE));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> eventIdsOf(caseId).contains(barrier));

        assertThat(eventIdsOf(caseId)).as("CaseOpened, the follow-up once, the barrier").hasSize(3)
                .endsWith(eventId, barrier);
        given().get("/api/cases/" + caseId).then().body("followUps", equalTo(2)).header("ETag", "\"3\"");
    }

    @Test
    void assigningACasePublishesCaseAssignedAndAssigningAgainChangesNothing() {
        UUID caseId = openCase();

        assign(caseId, "1", "associate").statusCode(200).header("ETag", "\"2\"")
                .body("assignee", equalTo("associate"));
        assign(caseId, "2", "associate").statusCode(200).header("ETag", "\"2\"");
        assign(caseId, "2", "not a username!").statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("assignee")));

        ConsumerRecord<String, String> record = topics.await(Topics.CASES,
                r -> caseId.toString().equals(r.key()) && "CaseAssigned".equals(TopicProbe.header(r, "ce_type")),
                Duration.ofSeconds(15));
        assertThat(record.value()).contains("\"associate\"");
    }

    @Test
    void aCaseIsGivenOnlyToAnEnabledStaffAccountThatWorksOnCases() {
        UUID caseId = openCase();
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

        // an analyst reads figures, a service account is no person, and an unknown name is nobody's
        for (String assignee : List.of("analyst", "service-account-intake-service", nobody)) {
            assign(caseId, "1", assignee).statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem("assignee")).body(not(containsString(nobody)));
        }
        given().get("/api/cases/" + caseId).then().header("ETag", "\"1\"").body("assignee", nullValue());
        // Keycloak spells the username: what the event records is the account's name
        assign(caseId, "1", "LEGAL").statusCode(200).body("assignee", equalTo("legal"));
    }

    @Test
    void aLongCaseLoadsFromItsSnapshotAndKeepsEveryEvent() {
        UUID caseId = openCase();
        for (int version = 1; version <= 12; version++) {
            given().contentType(ContentType.JSON).header("If-Match", version).body(Map.of("service", "LEGAL_ADVICE"))
                    .post("/api/cases/" + caseId + "/services").then().statusCode(200);
        }
        // snapshot-every is 5 in the test profile: the snapshot holds version 10, two events come after it
        Object[] snapshot = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("select version, cast(state as text) from case_snapshot where case_id = ?1")
                .setParameter(1, caseId).getSingleResult());
        assertThat(((Number) snapshot[0]).intValue()).isEqualTo(10);

        given().get("/api/cases/" + caseId).then().header("ETag", "\"13\"").body("services.size()", equalTo(12));

        // prove loading starts from the snapshot: a mark put only into it shows in the case
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update case_snapshot set state = jsonb_set(state, '{followUps}', '7') where case_id = ?1")
                .setParameter(1, caseId).executeUpdate());
        given().get("/api/cases/" + caseId).then().body("followUps", equalTo(7)).body("services.size()", equalTo(12));
        given().get("/api/cases/" + caseId + "/history").then().body("size()", equalTo(13));
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
        OpenCases.awaitCase(caseId);

        intake.publish(eventId, SampleEvents.caseOpened(caseId, Instant.parse("2023-02-01T10:00:00Z")));
        intake.publish(SampleEvents.caseOpened(caseId, Instant.parse("2023-02-01T10:00:00Z")));
        // same key, so the same partition: once the barrier is applied, both redeliveries have been too
        UUID barrier = intake.publish(new FollowUpReceived(caseId, UUID.randomUUID(),
                Instant.parse("2023-02-02T10:00:00Z"), Channel.PHONE));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> eventIdsOf(caseId).contains(barrier));

        assertThat(eventIdsOf(caseId)).containsExactly(eventId, barrier);
        given().get("/api/cases/" + caseId).then().header("ETag", "\"2\"");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndLaterEventsAreStillProcessed() {
        // the poison carries the key of the case that comes after it: same partition, so a partition stuck
        // on the poison would never open that case
        UUID caseId = UUID.randomUUID();
        String key = caseId.toString();
        topics.send(Topics.CONTACTS, key, "{ this is not json", Map.of("ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(), "ce_type", "CaseOpened"));

        ConsumerRecord<String, String> dead = topics.await(Topics.deadLetterOf(Topics.CONTACTS),
                r -> key.equals(r.key()), Duration.ofSeconds(20));
        assertThat(TopicProbe.header(dead, "dead-letter-reason")).contains("not valid JSON");

        intake.publish(SampleEvents.caseOpened(caseId, Instant.parse("2023-03-08T09:30:00Z")));
        OpenCases.awaitCase(caseId);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** The ids of the case's events in stream order (intake's event ids for what came from intake). */
    private List<UUID> eventIdsOf(UUID caseId) {
        List<?> ids = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select event_id from event_store where stream_type = 'case' and stream_id = ?1 order by version")
                .setParameter(1, caseId.toString()).getResultList());
        return ids.stream().map(UUID.class::cast).toList();
    }

    private UUID openCase() {
        return openCaseAt("2023-03-08T09:30:00Z");
    }

    private static io.restassured.response.ValidatableResponse assign(UUID caseId, String ifMatch, String assignee) {
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(Map.of("assignee", assignee))
                .post("/api/cases/" + caseId + "/assignment").then();
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
