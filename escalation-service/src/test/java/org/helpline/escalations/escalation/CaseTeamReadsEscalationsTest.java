package org.helpline.escalations.escalation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.helpline.escalations.EscalationServiceTest;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.Staff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Associates and legal staff see a case's escalations on its page (its timeline), and nothing else of the
 * digital-security team's work: they never send, answer, see the suggestions, list every escalation or touch the
 * channels.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class CaseTeamReadsEscalationsTest extends EscalationServiceTest {

    @Test
    void anAssociateReadsTheEscalationsOfACaseButMayNotSendOne() {
        theCaseTeamReadsACasesEscalationsAndDoesNothingElseWithThem("associate");
    }

    @Test
    void legalStaffReadTheEscalationsOfACaseButMayNotSendOne() {
        theCaseTeamReadsACasesEscalationsAndDoesNothingElseWithThem("legal");
    }

    @Test
    void digitalSecurityOfficersStillListEveryEscalationWithoutNamingACase() {
        as("digisec").get("/api/escalations").then().statusCode(200);
        as("digisec").get("/api/escalations/suggestions").then().statusCode(200);
    }

    private void theCaseTeamReadsACasesEscalationsAndDoesNothingElseWithThem(String user) {
        String caseNumber = newCaseNumber();
        UUID caseId = openCase(caseNumber);
        String escalationId = escalate(caseId, "FACEBOOK", "IMPERSONATION").statusCode(201).extract()
                .path("escalationId");

        as(user).queryParam("caseId", caseId).get("/api/escalations").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].escalationId", equalTo(escalationId))
                .body("[0].caseNumber", equalTo(caseNumber));
        as(user).get("/api/escalations/" + escalationId).then().statusCode(200)
                .body("caseId", equalTo(caseId.toString())).body("platform", equalTo("FACEBOOK"));

        as(user).contentType(ContentType.JSON).body(Map.of("caseId", caseId.toString(), "platform", "FACEBOOK",
                "reason", "IMPERSONATION")).post("/api/escalations").then().statusCode(403)
                .contentType("application/problem+json");
        as(user).get("/api/escalations").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("caseId"));
        as(user).contentType(ContentType.JSON).body(Map.of("outcome", "RESOLVED"))
                .post("/api/escalations/" + escalationId + "/resolution").then().statusCode(403);
        as(user).get("/api/escalations/suggestions").then().statusCode(403);
        as(user).get("/api/platform-channels").then().statusCode(403);
        as(user).contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "reason", "not theirs"))
                .put("/api/platform-channels/FACEBOOK").then().statusCode(403);

        // nothing of it happened: one escalation, still pending
        given().queryParam("caseId", caseId).get("/api/escalations").then().body("size()", equalTo(1))
                .body("[0].outcome", equalTo(null));
        given().get("/api/platform-channels/FACEBOOK").then().body("status", equalTo("ACTIVE"));
    }

    private static RequestSpecification as(String user) {
        return given().spec(Staff.as(user));
    }
}
