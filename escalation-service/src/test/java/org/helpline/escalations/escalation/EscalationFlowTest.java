package org.helpline.escalations.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.escalations.EscalationServiceTest;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.OpenedCases;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class EscalationFlowTest extends EscalationServiceTest {

    @Test
    void anEscalationOfAKnownCaseIsPublishedAndItsResolutionToo() {
        UUID caseId = OpenedCases.open(topics);
        String escalationId = escalate(caseId, "INSTAGRAM", "NCII").statusCode(201)
                .header("Location", containsString("/api/escalations/")).extract().path("escalationId");

        ConsumerRecord<String, String> sent = topics.await(Topics.ESCALATIONS,
                r -> "EscalationSent".equals(TopicProbe.header(r, "ce_type")) && r.value().contains(escalationId),
                Duration.ofSeconds(15));
        assertThat(sent.key()).isEqualTo(caseId.toString());
        assertThat(sent.value()).contains("\"platform\":\"INSTAGRAM\"").contains("\"reason\":\"NCII\"");

        resolve(escalationId, "RESOLVED").statusCode(200).body("outcome", equalTo("RESOLVED"));
        topics.await(Topics.ESCALATIONS,
                r -> caseId.toString().equals(r.key()) && "EscalationResolved".equals(TopicProbe.header(r, "ce_type"))
                        && r.value().contains(escalationId),
                Duration.ofSeconds(15));
    }

    @Test
    void theSameEscalationSentTwiceUnderItsIdIsSentAndPublishedOnce() {
        UUID caseId = OpenedCases.open(topics);
        UUID escalationId = UUID.randomUUID();
        Map<String, Object> body = Map.of("escalationId", escalationId.toString(), "caseId", caseId.toString(),
                "platform", "TIKTOK", "reason", "IMPERSONATION");

        json(body).post("/api/escalations").then().statusCode(201).body("escalationId",
                equalTo(escalationId.toString()));
        json(body).post("/api/escalations").then().statusCode(201).body("escalationId",
                equalTo(escalationId.toString()));
        json(Map.of("escalationId", escalationId.toString(), "caseId", caseId.toString(), "platform", "TIKTOK",
                "reason", "HATE_SPEECH")).post("/api/escalations").then().statusCode(409)
                .contentType("application/problem+json");

        topics.awaitExactly(Topics.ESCALATIONS, r -> "EscalationSent".equals(TopicProbe.header(r, "ce_type"))
                && r.value().contains(escalationId.toString()), 1, Duration.ofSeconds(15));
    }

    @Test
    void aSecondResolutionIsAConflict() {
        String escalationId = escalate(OpenedCases.open(topics), "INSTAGRAM", "NCII").statusCode(201).extract()
                .path("escalationId");
        resolve(escalationId, "UNRESOLVED").statusCode(200);

        resolve(escalationId, "RESOLVED").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already resolved as UNRESOLVED"));
    }

    @Test
    void anEscalationForAnUnknownCaseIsRefusedWith404() {
        escalate(UUID.randomUUID(), "INSTAGRAM", "NCII").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownPlatformIsRefusedListingTheAllowedOnes() {
        escalate(UUID.randomUUID(), "MYSPACE", "NCII").statusCode(400).body("errors[0].field", equalTo("platform"));
    }
}
