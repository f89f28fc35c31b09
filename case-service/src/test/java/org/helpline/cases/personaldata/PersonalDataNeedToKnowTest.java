package org.helpline.cases.personaldata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.helpline.cases.personaldata.Handoffs.handOver;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.helpline.cases.CaseServiceTest;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.Staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * A role is not enough to read a survivor's personal data: only the person the case is assigned to, and
 * supervisors, may; every refusal is in the access log under the reader's account. Tokens come from the
 * real Keycloak the service trusts.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class PersonalDataNeedToKnowTest extends CaseServiceTest {

    @Test
    void onlyTheAssigneeAndSupervisorsReadPersonalDataAndEveryRefusalIsLogged() {
        UUID caseId = openCaseAt("2023-05-02T10:00:00Z");
        handOver(caseId, UUID.randomUUID(), "{\"name\":\"Need-to-know\"}").statusCode(204);

        read(caseId, Staff.as("associate")).statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Only the person the case is assigned to, and supervisors, read its "
                        + "personal data."));
        given().contentType(ContentType.JSON).header("If-Match", "1").body(Map.of("assignee", "associate"))
                .post("/api/cases/" + caseId + "/assignment").then().statusCode(200);

        read(caseId, Staff.as("associate")).statusCode(200).body("[0].data.name", equalTo("Need-to-know"));
        read(caseId, Staff.as("legal")).statusCode(403);
        read(caseId, Staff.as("supervisor")).statusCode(200);
        read(caseId, Staff.as("analyst")).statusCode(403).contentType("application/problem+json");
        read(caseId, Staff.as("digisec")).statusCode(403);
        given().auth().none().queryParam("purpose", "CASE_WORK").get("/api/cases/" + caseId + "/personal-data")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");

        // refusals by role never reach the data (Quarkus refuses them before the resource): they are in the
        // service log; refusals by assignment are in the access log with the account that tried
        assertThat(accessLog(caseId)).containsExactly("associate REFUSED_403", "associate READ", "legal REFUSED_403",
                "supervisor READ");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("helpline_access_refused_total{reason=\"forbidden\"}"))
                .body(containsString("helpline_access_refused_total{reason=\"unauthenticated\"}"));
    }

    @Test
    void onlyIntakesCourierHandsDataOverAndOnlySupervisorsEraseInTheirOwnName() {
        UUID caseId = openCaseAt("2023-05-03T10:00:00Z");
        UUID entryId = UUID.randomUUID();
        String sealed = Handoffs.sealed(caseId, entryId, "{\"notes\":\"courier only\"}");
        Map<String, String> entry = Map.of("sealed", sealed, "receivedAt", "2023-05-03T10:00:00Z");

        given().contentType(ContentType.JSON).body(entry).put(entryPath(caseId, entryId)).then().statusCode(403);
        given().spec(Staff.phoneSystem()).contentType(ContentType.JSON).body(entry).put(entryPath(caseId, entryId))
                .then().statusCode(403);
        given().spec(Staff.intakeCourier()).get("/api/cases/" + caseId).then().statusCode(403);
        given().spec(Staff.intakeCourier()).contentType(ContentType.JSON).body(entry).put(entryPath(caseId, entryId))
                .then().statusCode(204);

        given().spec(Staff.as("associate")).contentType(ContentType.JSON).body(Map.of("reason", "SUPERVISOR_DECISION"))
                .delete("/api/cases/" + caseId + "/personal-data").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("reason", "REQUESTED_BY_COMPLAINANT"))
                .delete("/api/cases/" + caseId + "/personal-data").then().statusCode(200)
                .body("erasedBy", equalTo("supervisor"));
        given().spec(Staff.as("associate")).get("/api/personal-data/erasures").then().statusCode(403);
        assertThat(actorsOfEvents(caseId)).containsExactly("case-service", "supervisor");
    }

    private static ValidatableResponse read(UUID caseId, RequestSpecification as) {
        return given().spec(as).queryParam("purpose", "CASE_WORK").get("/api/cases/" + caseId + "/personal-data")
                .then();
    }

    private static String entryPath(UUID caseId, UUID entryId) {
        return "/api/cases/" + caseId + "/personal-data/entries/" + entryId;
    }

    @SuppressWarnings("unchecked")
    private List<String> accessLog(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select actor || ' ' || outcome from personal_data_access where case_id = ?1 order by id")
                .setParameter(1, caseId).getResultList());
    }

    @SuppressWarnings("unchecked")
    private List<String> actorsOfEvents(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select metadata::jsonb ->> 'actor' from event_store where stream_id = ?1 order by version")
                .setParameter(1, caseId.toString()).getResultList());
    }
}
