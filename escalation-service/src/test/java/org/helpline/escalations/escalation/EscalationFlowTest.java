package org.helpline.escalations.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.OpenedCases;
import org.helpline.platform.testing.Staff;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class EscalationFlowTest {

    private final TopicProbe topics = TopicProbe.ofTheTestBroker();

    @BeforeEach
    void signInAsSupervisor() {
        RestAssured.requestSpecification = Staff.as(Staff.SUPERVISOR);
    }

    @Test
    void anEscalationOfAKnownCaseIsPublishedAndItsResolutionToo() {
        UUID caseId = OpenedCases.open(topics);
        String escalationId = escalate(caseId).statusCode(201)
                .header("Location", containsString("/api/escalations/")).extract().path("escalationId");

        ConsumerRecord<String, String> sent = topics.await(Topics.ESCALATIONS,
                r -> "EscalationSent".equals(TopicProbe.header(r, "ce_type")) && r.value().contains(escalationId),
                Duration.ofSeconds(15));
        assertThat(sent.key()).isEqualTo(caseId.toString());
        assertThat(sent.value()).contains("\"platform\":\"INSTAGRAM\"").contains("\"reason\":\"NCII\"");

        given().contentType(ContentType.JSON).body(Map.of("outcome", "RESOLVED"))
                .post("/api/escalations/" + escalationId + "/resolution")
                .then().statusCode(200).body("outcome", equalTo("RESOLVED"));
        topics.await(Topics.ESCALATIONS,
                r -> caseId.toString().equals(r.key()) && "EscalationResolved".equals(TopicProbe.header(r, "ce_type"))
                        && r.value().contains(escalationId),
                Duration.ofSeconds(15));
    }

    @Test
    void aSecondResolutionIsAConflict() {
        String escalationId = escalate(OpenedCases.open(topics)).statusCode(201).extract().path("escalationId");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "UNRESOLVED"))
                .post("/api/escalations/" + escalationId + "/resolution").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("outcome", "RESOLVED"))
                .post("/api/escalations/" + escalationId + "/resolution")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already resolved as UNRESOLVED"));
    }

    @Test
    void anEscalationForAnUnknownCaseIsRefusedWith404() {
        escalate(UUID.randomUUID()).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownPlatformIsRefusedListingTheAllowedOnes() {
        given().contentType(ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID().toString(), "platform", "MYSPACE", "reason", "NCII"))
                .post("/api/escalations").then().statusCode(400).body("errors[0].field", equalTo("platform"));
    }

    private static io.restassured.response.ValidatableResponse escalate(UUID caseId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId.toString(), "platform", "INSTAGRAM", "reason", "NCII"))
                .post("/api/escalations").then();
    }
}
