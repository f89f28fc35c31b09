package org.helpline.referrals.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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

@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class ReferralFlowTest {

    private final TopicProbe topics = new TopicProbe(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private final CloudEventWriter intake = new CloudEventWriter(topics);

    @Test
    void anFiaReferralGoesToTheNearestWingAndIsPublishedAsReferredToFIA() {
        UUID caseId = knownCase();

        String referralId = refer(caseId, "FIA", "Bahawalpur").statusCode(201)
                .body("wing", equalTo("Multan")).body("sameCity", equalTo(false))
                .extract().path("referralId");

        ConsumerRecord<String, String> record = topics.await(Topics.REFERRALS,
                r -> "ReferredToFIA".equals(TopicProbe.header(r, "ce_type")) && r.value().contains(referralId),
                Duration.ofSeconds(15));
        assertThat(record.key()).isEqualTo(caseId.toString());
        assertThat(record.value()).contains(referralId).contains("\"wing\":\"Multan\"");
    }

    @Test
    void aReferralToALawyerIsPublishedAsReferralMade() {
        UUID caseId = knownCase();
        String referralId = refer(caseId, "LAWYER", "Lahore").statusCode(201).extract().path("referralId");

        ConsumerRecord<String, String> record = topics.await(Topics.REFERRALS,
                r -> "ReferralMade".equals(TopicProbe.header(r, "ce_type")) && r.value().contains(referralId),
                Duration.ofSeconds(15));
        assertThat(record.key()).isEqualTo(caseId.toString());
        assertThat(record.value()).contains("\"target\":\"LAWYER\"");
    }

    @Test
    void aReferralForAnUnknownCaseIsRefusedWith404() {
        refer(UUID.randomUUID(), "FIA", "Lahore").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theWingDirectoryAndNearestWingAreServed() {
        given().get("/api/fia-wings").then().statusCode(200).body("$", hasSize(15));
        given().queryParam("city", "Sialkot").get("/api/fia-wings/nearest").then().statusCode(200)
                .body("wing", equalTo("Gujranwala")).body("sameCity", equalTo(false));
        given().queryParam("city", "Lahore").get("/api/fia-wings/nearest").then().statusCode(200)
                .body("distanceKm", equalTo(0));
        given().queryParam("city", "Atlantis").get("/api/fia-wings/nearest").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private UUID knownCase() {
        UUID caseId = UUID.randomUUID();
        intake.publish(SampleEvents.caseOpened(caseId, Instant.parse("2023-04-01T10:00:00Z")));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> refer(caseId, "OTHER_ORGANISATION", "Lahore").extract().statusCode() == 201);
        return caseId;
    }

    private static io.restassured.response.ValidatableResponse refer(UUID caseId, String target, String city) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId.toString(), "target", target, "city", city))
                .post("/api/referrals").then();
    }
}
