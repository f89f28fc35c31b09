package org.helpline.cases.personaldata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.helpline.cases.personaldata.Handoffs.handOver;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.helpline.cases.CaseServiceTest;
import org.helpline.contracts.Topics;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Erasure destroys a case's data key and ciphertexts, records why on the case and in the ledger, and
 * leaves the case itself as it was; every read of personal data is logged with its purpose.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class PersonalDataErasureTest extends CaseServiceTest {

    @Test
    void erasingDestroysTheKeyAndTheDataLeavesTheCaseAndIsRecordedOnItsStreamAndInTheLedger() {
        UUID caseId = openCase();
        UUID entryId = UUID.randomUUID();
        handOver(caseId, entryId, "{\"name\":\"Erase-me\"}").statusCode(204);
        read(caseId, "CASE_WORK").statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("reason", "REQUESTED_BY_COMPLAINANT"))
                .delete("/api/cases/" + caseId + "/personal-data").then().statusCode(200)
                .body("entriesErased", equalTo(1)).body("reason", equalTo("REQUESTED_BY_COMPLAINANT"));

        read(caseId, "CASE_WORK").statusCode(410).contentType("application/problem+json")
                .body("detail", containsString("erased"));
        assertThat(rows("select count(*) from case_data_key where case_id = ?1", caseId)).isZero();
        assertThat(rows("select count(*) from personal_data_entry where case_id = ?1", caseId)).isZero();
        ConsumerRecord<String, String> erased = topics.await(Topics.CASES,
                r -> "PersonalDataErased".equals(TopicProbe.header(r, "ce_type")) && caseId.toString().equals(r.key()),
                Duration.ofSeconds(15));
        assertThat(erased.value()).contains("REQUESTED_BY_COMPLAINANT").doesNotContain("Erase-me");
        given().get("/api/cases/" + caseId).then().statusCode(200).body("status", equalTo("OPEN"));
        given().get("/api/personal-data/erasures").then().statusCode(200)
                .body("caseId", hasItem(caseId.toString()));

        // erasing again, or data still on its way from intake, cannot bring anything back
        given().contentType(ContentType.JSON).body(Map.of("reason", "SUPERVISOR_DECISION"))
                .delete("/api/cases/" + caseId + "/personal-data").then().statusCode(410);
        handOver(caseId, UUID.randomUUID(), "{\"name\":\"Late\"}").statusCode(410);
        assertThat(rows("select count(*) from personal_data_entry where case_id = ?1", caseId)).isZero();
    }

    @Test
    void aCaseErasedBeforeItsDataArrivedRefusesTheDataWhenItComes() {
        UUID caseId = openCase();

        given().contentType(ContentType.JSON).body(Map.of("reason", "REQUESTED_BY_COMPLAINANT"))
                .delete("/api/cases/" + caseId + "/personal-data").then().statusCode(200)
                .body("entriesErased", equalTo(0));

        handOver(caseId, UUID.randomUUID(), "{\"name\":\"On its way\"}").statusCode(410);
        assertThat(rows("select count(*) from case_data_key where case_id = ?1", caseId)).isZero();
    }

    @Test
    void aClosedCaseLosesItsPersonalDataWhenTheRetentionPeriodEnds() {
        UUID caseId = openCase();
        handOver(caseId, UUID.randomUUID(), "{\"notes\":\"for the lawyer's follow-up\"}").statusCode(204);
        given().contentType(ContentType.JSON).header("If-Match", "1").body(Map.of("outcome", "RESOLVED"))
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200);

        // %test keeps personal data 3 s after closing (90 days in production)
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                read(caseId, "LEGAL_FOLLOW_UP").statusCode(410));
        given().get("/api/personal-data/erasures").then()
                .body("find { it.caseId == '" + caseId + "' }.reason", equalTo("RETENTION_EXPIRED"));
    }

    @Test
    void retentionKeepsDataBeforeExpiryAndOnOpenCases() {
        UUID open = openCase();
        UUID recentlyClosed = openCase();
        UUID expired = openCase();
        for (UUID caseId : new UUID[] {open, recentlyClosed, expired}) {
            handOver(caseId, UUID.randomUUID(), "{\"notes\":\"kept while needed\"}").statusCode(204);
        }
        close(recentlyClosed);
        close(expired);
        // closed longer ago than the retention period: the next sweep erases it; the recently closed one is
        // moved a day later, so that its 3 s cannot run out while the test looks, however slow the machine
        movedClosedAt(expired, "- interval '1 day'");
        movedClosedAt(recentlyClosed, "+ interval '1 day'");

        // once the sweep has erased the expired case, it has seen the other two and kept their data
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                read(expired, "LEGAL_FOLLOW_UP").statusCode(410));
        read(recentlyClosed, "LEGAL_FOLLOW_UP").statusCode(200).body("size()", equalTo(1));
        read(open, "CASE_WORK").statusCode(200).body("size()", equalTo(1));

        // the recently closed case loses it in its turn, once its retention is over; by then the open case
        // has been swept past for longer than the retention period and still has it
        movedClosedAt(recentlyClosed, "- interval '2 days'");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                read(recentlyClosed, "LEGAL_FOLLOW_UP").statusCode(410));
        read(open, "CASE_WORK").statusCode(200).body("size()", equalTo(1));
        assertThat(rows("select count(*) from personal_data_erasure where case_id = ?1", open)).isZero();
    }

    @Test
    void everyReadIsLoggedWithItsPurposeAndTheLogCannotBeChanged() {
        UUID caseId = openCase();
        handOver(caseId, UUID.randomUUID(), "{\"name\":\"Logged\"}").statusCode(204);

        given().get("/api/cases/" + caseId + "/personal-data").then().statusCode(400)
                .body("errors[0].field", equalTo("purpose")).body("errors[0].allowedValues", hasItem("CASE_WORK"));
        read(caseId, "GOSSIP").statusCode(400);
        read(caseId, "REFERRAL").statusCode(200);
        UUID nobody = UUID.randomUUID();
        read(nobody, "CASE_WORK").statusCode(404);

        given().queryParam("caseId", caseId).get("/api/personal-data/access-log").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].purpose", equalTo("REFERRAL"))
                .body("[0].outcome", equalTo("READ"));
        given().queryParam("caseId", nobody).get("/api/personal-data/access-log").then()
                .body("size()", equalTo(1)).body("[0].outcome", equalTo("REFUSED_404"));
        refused("update personal_data_access set purpose = 'CASE_WORK' where case_id = ?1", caseId);
        refused("delete from personal_data_access where case_id = ?1", caseId);
        refused("truncate personal_data_access", null);
        given().queryParam("caseId", caseId).get("/api/personal-data/access-log").then()
                .body("size()", equalTo(1)).body("[0].purpose", equalTo("REFERRAL"));
    }

    @Test
    void theErasureLedgerCannotBeChanged() {
        UUID caseId = openCase();
        given().contentType(ContentType.JSON).body(Map.of("reason", "REQUESTED_BY_COMPLAINANT"))
                .delete("/api/cases/" + caseId + "/personal-data").then().statusCode(200);

        refused("update personal_data_erasure set reason = 'RETENTION_EXPIRED' where case_id = ?1", caseId);
        refused("delete from personal_data_erasure where case_id = ?1", caseId);
        refused("truncate personal_data_erasure", null);
        given().get("/api/personal-data/erasures").then()
                .body("find { it.caseId == '" + caseId + "' }.reason", equalTo("REQUESTED_BY_COMPLAINANT"));
    }

    /** The database itself refuses the statement (a trigger), whoever sends it. */
    private void refused(String sql, UUID caseId) {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            var statement = entityManager.createNativeQuery(sql);
            if (caseId != null) {
                statement.setParameter(1, caseId);
            }
            statement.executeUpdate();
        })).as(sql).hasStackTraceContaining("append-only");
    }

    private static void close(UUID caseId) {
        given().contentType(ContentType.JSON).header("If-Match", "1").body(Map.of("outcome", "RESOLVED"))
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200);
    }

    private UUID openCase() {
        return openCaseAt("2023-04-01T09:30:00Z");
    }

    private long rows(String sql, UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            if (caseId != null) {
                query.setParameter(1, caseId);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private static io.restassured.response.ValidatableResponse read(UUID caseId, String purpose) {
        return given().queryParam("purpose", purpose).get("/api/cases/" + caseId + "/personal-data").then();
    }

    /** {@code shift} is SQL of this class's own ("- interval '1 day'"), never a caller's value. */
    private void movedClosedAt(UUID caseId, String shift) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update case_worklist set closed_at = closed_at " + shift + " where case_id = ?1")
                .setParameter(1, caseId).executeUpdate());
    }
}
