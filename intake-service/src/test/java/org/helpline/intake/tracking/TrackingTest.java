package org.helpline.intake.tracking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.helpline.contracts.cases.CaseClosed;
import org.helpline.contracts.cases.CaseReopened;
import org.helpline.contracts.cases.PersonalDataErased;
import org.helpline.contracts.referrals.ReferralMade;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.intake.IntakeServiceTest;
import org.helpline.intake.contact.ContactRequests;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.PlaintextScan;
import org.helpline.platform.testing.SampleEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A complainant follows her case with its tracking code: the stage only, moving with the case's events. */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class TrackingTest extends IntakeServiceTest {

    @Inject EntityManager entityManager;

    @Test
    void theStageMovesWithTheCaseFromReceivedToClosedAndShowsNothingElse() {
        Opened opened = openCase();
        UUID caseId = opened.caseId();
        String code = opened.trackingCode();

        Map<String, Object> answer = given().auth().none().get("/api/track/" + code).then().statusCode(200).extract().as(Map.class);
        assertThat(answer).isEqualTo(Map.of("status", "RECEIVED"));
        given().auth().none().get("/api/track/ " + code.toLowerCase() + " ").then().statusCode(200);
        // given once: a follow-up's receipt does not repeat it, and intake keeps only its hash
        given().contentType(ContentType.JSON).body(ContactRequests.followUp(caseId).build()).post("/api/contacts")
                .then().statusCode(201).body("trackingCode", org.hamcrest.Matchers.nullValue());
        assertThat(PlaintextScan.serviceTablesContaining(code)).isEmpty();

        Instant at = Instant.parse("2026-11-02T10:00:00Z");
        services.publish(SampleEvents.classified(caseId, Category.CYBER_HARASSMENT));
        awaitStage(code, "IN_PROGRESS");
        services.publish(new ReferralMade(caseId, UUID.randomUUID(), ReferralTarget.LAWYER, "Lahore", at));
        awaitStage(code, "REFERRED");
        services.publish(new CaseClosed(caseId, at.plusSeconds(60), CaseOutcome.REFERRED));
        awaitStage(code, "CLOSED");
        services.publish(new CaseReopened(caseId, at.plusSeconds(120)));
        awaitStage(code, "REFERRED");
    }

    @Test
    void anUnknownCodeAndAnErasedCaseAnswerAlike() {
        Opened opened = openCase();
        UUID caseId = opened.caseId();
        String code = opened.trackingCode();
        String unknown = given().auth().none().get("/api/track/AAAA-BBBB-CCCC-DDDD-EEEE").then().statusCode(404)
                .contentType("application/problem+json").extract().path("detail");

        services.publish(new PersonalDataErased(caseId, Instant.now(), "REQUESTED_BY_COMPLAINANT"));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().none().get("/api/track/" + code).then().statusCode(404).body("detail", equalTo(unknown)));
        given().auth().none().get("/api/track/" + "X".repeat(200)).then().statusCode(404).body("detail", equalTo(unknown));
    }

    @Inject TrackingCodes trackingCodes;

    @Test
    void codesStoredInPlaintextByAnEarlierVersionAreHashedAtStartAndStillWork() {
        UUID caseId = UUID.randomUUID();
        String code = "OLD0-" + caseId.toString().substring(0, 4).toUpperCase() + "-AAAA-BBBB-CCCC";
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into intake_case (case_id, case_number, tracking_code, opened_at)
                values (?1, ?2, ?3, now())""").setParameter(1, caseId)
                .setParameter(2, "CH-2020-" + caseId.toString().substring(0, 6)).setParameter(3, code).executeUpdate());

        trackingCodes.hashThoseStoredInPlaintext(null);

        given().auth().none().get("/api/track/" + code).then().statusCode(200).body("status", equalTo("RECEIVED"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from intake_case where tracking_code is not null").getSingleResult()).longValue()))
                .isZero();
    }

    /** A case intake opened, and the tracking code its receipt gave the complainant. */
    private record Opened(UUID caseId, String trackingCode) {
    }

    private static Opened openCase() {
        JsonPath receipt = given().contentType(ContentType.JSON).body(ContactRequests.newCase().build())
                .post("/api/contacts").then().statusCode(201).extract().jsonPath();
        return new Opened(UUID.fromString(receipt.getString("caseId")), receipt.getString("trackingCode"));
    }

    private static void awaitStage(String code, String stage) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().none().get("/api/track/" + code).then().statusCode(200).body("status", equalTo(stage)));
    }
}
