package org.helpline.cases.caseflow.worklist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.helpline.cases.CaseServiceTest;
import org.helpline.cases.caseflow.OpenCases;
import org.helpline.cases.caseflow.infrastructure.CaseStreams;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.platform.aggregate.CommandLoop;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.testing.CaseOpenedBuilder;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.SampleEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The worklist through the real path: cases opened from Kafka, worked over REST, listed by priority. */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class WorklistTest extends CaseServiceTest {

    @Test
    void physicalDangerComesFirstThenMinorsThenVulnerableGroupsThenOldestFirst() {
        String associate = anAssociate();
        String oldNormal = open(anOpenedCase().openedAt("2023-01-02T10:00:00Z"), associate);
        String newerNormal = open(anOpenedCase().openedAt("2023-02-02T10:00:00Z"), associate);
        String journalist = open(anOpenedCase().openedAt("2023-03-02T10:00:00Z").occupation(Occupation.JOURNALIST),
                associate);
        String transWoman = open(anOpenedCase().openedAt("2023-03-01T10:00:00Z").community(Community.TRANSGENDER),
                associate);
        String minor = open(anOpenedCase().openedAt("2023-04-02T10:00:00Z").ageBand(AgeBand.UNDER_18), associate);
        String threatened = open(anOpenedCase().openedAt("2023-05-02T10:00:00Z"), associate);
        classify(threatened, 2, "THREATS_OF_PHYSICAL_VIOLENCE");

        given().queryParam("assignee", associate).get("/api/cases").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.caseId", contains(threatened, minor, transWoman, journalist, oldNormal, newerNormal))
                .body("items.priority", contains("URGENT", "HIGH", "ELEVATED", "ELEVATED", "NORMAL", "NORMAL"));
        // and the case says why
        given().get("/api/cases/" + threatened).then().body("priorityReason", equalTo("PHYSICAL_DANGER"));
        given().get("/api/cases/" + minor).then().body("priorityReason", equalTo("MINOR"));
        given().get("/api/cases/" + transWoman).then().body("priorityReason", equalTo("VULNERABLE_COMMUNITY"));
        given().get("/api/cases/" + journalist).then().body("priorityReason", equalTo("VULNERABLE_OCCUPATION"));
        given().get("/api/cases/" + oldNormal).then().body("priorityReason", equalTo(null));
    }

    @Test
    void filtersCombineAndPagesAreStable() {
        String associate = anAssociate();
        String first = open(anOpenedCase().openedAt("2023-06-01T10:00:00Z"), associate);
        String second = open(anOpenedCase().openedAt("2023-06-02T10:00:00Z"), associate);
        String third = open(anOpenedCase().openedAt("2023-06-03T10:00:00Z"), associate);
        classify(second, 2, "HACKING");
        given().contentType(ContentType.JSON).header("If-Match", 2).body(Map.of("outcome", "RESOLVED"))
                .post("/api/cases/" + third + "/closure").then().statusCode(200);

        given().queryParam("assignee", associate).queryParam("state", "OPEN").queryParam("size", 1)
                .queryParam("page", 1).get("/api/cases").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.caseId", contains(second));
        given().queryParam("assignee", associate).queryParam("category", "CYBER_HARASSMENT").get("/api/cases")
                .then().body("items.caseId", contains(second));
        given().queryParam("assignee", associate).queryParam("state", "CLOSED").get("/api/cases")
                .then().body("items.caseId", contains(third));
        given().queryParam("assignee", associate).queryParam("priority", "NORMAL").get("/api/cases")
                .then().body("items.caseId", contains(first, second, third));
    }

    @Test
    void aCaseIsFoundByItsNumberWrittenAsTheComplainantSaysIt() {
        String associate = anAssociate();
        String number = "CH-2099-" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
        String wanted = open(anOpenedCase().caseNumber(number), associate);
        open(anOpenedCase(), associate);

        given().queryParam("caseNumber", " " + number.toLowerCase() + " ").get("/api/cases").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.caseId", contains(wanted))
                .body("items.caseNumber", contains(number));
        given().queryParam("caseNumber", "CH-1999-000001").get("/api/cases").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Inject
    EventStore store;

    @Inject
    CaseStreams streams;

    @Inject
    CommandLoop loop;

    @Test
    void aCaseOpenedBeforeTheWorklistExistedGetsItsRowFromItsStream() {
        CaseOpened opened = anOpenedCase().build();
        // as an earlier version stored it: the stream only, no worklist row
        QuarkusTransaction.requiringNew().run(() -> store.append(CaseStreams.STREAM_TYPE, opened.caseId().toString(), 0,
                List.of(NewEvent.of(opened)), EventMetadata.newFlow("earlier-version")));
        assertThat(worklistRows(opened.caseId())).isZero();

        assertThat(loop.recordMissingRows(streams, 500)).isPositive();

        assertThat(worklistRows(opened.caseId())).isEqualTo(1);
    }

    private long worklistRows(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from case_worklist where case_id = ?1").setParameter(1, caseId)
                .getSingleResult()).longValue());
    }

    @Test
    void anUnknownFilterValueIsABadRequestListingTheAllowedValues() {
        given().queryParam("state", "PENDING").get("/api/cases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("state"))
                .body("errors[0].allowedValues", equalTo(List.of("OPEN", "CLOSED")));
        given().queryParam("priority", "SOON").get("/api/cases").then().statusCode(400)
                .body("errors[0].allowedValues", hasItem("URGENT"));
        given().queryParam("size", 1000).get("/api/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    /** A staff account of the test's own (a case is given only to a real one), so that it lists only its cases. */
    private static String anAssociate() {
        String username = "assoc-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("username", username, "firstName", "Sana", "lastName",
                "Malik", "email", username + "@helpline.example", "roles", List.of("associate"),
                "temporaryPassword", "first-" + UUID.randomUUID())).post("/api/staff").then().statusCode(201);
        return username;
    }

    /** Opens the case through Kafka and assigns it (version 2), so that a test lists only its own cases. */
    private String open(CaseOpenedBuilder opened, String associate) {
        CaseOpened event = opened.build();
        intake.publish(event);
        String caseId = event.caseId().toString();
        OpenCases.awaitCase(event.caseId());
        given().contentType(ContentType.JSON).header("If-Match", 1).body(Map.of("assignee", associate))
                .post("/api/cases/" + caseId + "/assignment").then().statusCode(200);
        return caseId;
    }

    /** A case of its own (fresh case and contact ids), the sample complainant otherwise. */
    private static CaseOpenedBuilder anOpenedCase() {
        return SampleEvents.opening(UUID.randomUUID()).contactId(UUID.randomUUID());
    }

    private static void classify(String caseId, int version, String complaintType) {
        given().contentType(ContentType.JSON).header("If-Match", version)
                .body(Map.of("category", "CYBER_HARASSMENT", "complaintTypes", List.of(complaintType),
                        "platforms", List.of("FACEBOOK"), "harasserGender", "MALE", "relationship", "STRANGER",
                        "mentalHealthConcern", false))
                .post("/api/cases/" + caseId + "/classification").then().statusCode(200);
    }
}
