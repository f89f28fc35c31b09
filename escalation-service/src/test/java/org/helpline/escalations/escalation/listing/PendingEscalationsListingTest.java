package org.helpline.escalations.escalation.listing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.helpline.escalations.EscalationServiceTest;
import org.helpline.platform.testing.HeldJob;
import org.helpline.platform.testing.HelplineInfrastructure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.specification.RequestSpecification;

/**
 * The digital-security team's list of pending escalations: each names its case by number, overdue ones (still
 * unanswered past their due time) can be asked for, and pending ones come in the order they fall due. SNAPCHAT
 * ages after 3 s in the test profile; the sweep that would record NO_RESPONSE is held meanwhile.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class PendingEscalationsListingTest extends EscalationServiceTest {

    @Inject
    EntityManager entityManager;

    @Test
    void pendingEscalationsComeMostOverdueFirstAndTheOverdueOnesAloneWhenAskedFor() {
        String caseNumber = newCaseNumber();
        UUID caseId = openCase(caseNumber);
        try (HeldJob held = HeldJob.held("UnansweredEscalations")) {
            String first = escalate(caseId, "SNAPCHAT", "NCII").statusCode(201).extract().path("escalationId");
            String second = escalate(caseId, "SNAPCHAT", "FAKE_PROFILE").statusCode(201).extract()
                    .path("escalationId");
            String waiting = escalate(caseId, "INSTAGRAM", "HARASSMENT").statusCode(201).extract()
                    .path("escalationId");
            String answered = escalate(caseId, "INSTAGRAM", "NCII").statusCode(201).extract().path("escalationId");
            resolve(answered, "RESOLVED").statusCode(200);

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(ids(ofCase(caseId).queryParam("overdue", true))).containsExactly(first, second));
            ofCase(caseId).queryParam("overdue", true).get("/api/escalations").then()
                    .body("overdue", everyItem(equalTo(true))).body("caseNumber", everyItem(equalTo(caseNumber)));

            assertThat(ids(ofCase(caseId).queryParam("state", "PENDING")))
                    .as("pending: most overdue first, then the one due soonest")
                    .containsExactly(first, second, waiting);
            ofCase(caseId).queryParam("state", "PENDING").queryParam("overdue", false).get("/api/escalations").then()
                    .body("escalationId", contains(waiting)).body("overdue", contains(false));
            assertThat(ids(ofCase(caseId))).as("everything: newest first")
                    .containsExactly(answered, waiting, second, first);

            ofCase(caseId).queryParam("state", "ANSWERED").queryParam("overdue", true).get("/api/escalations").then()
                    .statusCode(400).contentType("application/problem+json");
            ofCase(caseId).queryParam("overdue", "soon").get("/api/escalations").then().statusCode(400)
                    .body("errors[0].field", equalTo("overdue"));
        }
    }

    @Test
    void anEscalationOfACaseKnownBeforeCaseNumbersWereKeptIsListedWithANullNumber() {
        UUID caseId = UUID.randomUUID();
        // as the known-case consumer stored it before V102: no number
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("insert into known_case (case_id, opened_at) values (?1, ?2)")
                .setParameter(1, caseId).setParameter(2, Instant.parse("2023-01-10T10:00:00Z")).executeUpdate());
        String escalationId = escalate(caseId, "INSTAGRAM", "NCII").statusCode(201).extract().path("escalationId");

        List<Map<String, Object>> listed = ofCase(caseId).get("/api/escalations").then().statusCode(200).extract()
                .as(new TypeRef<>() {
                });
        assertThat(listed).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("escalationId", escalationId);
            assertThat(item).as("the API says null, it does not leave the field out").containsEntry("caseNumber", null);
        });
    }

    private static RequestSpecification ofCase(UUID caseId) {
        return given().queryParam("caseId", caseId);
    }

    private static List<String> ids(RequestSpecification listing) {
        return listing.get("/api/escalations").then().statusCode(200).extract().path("escalationId");
    }
}
