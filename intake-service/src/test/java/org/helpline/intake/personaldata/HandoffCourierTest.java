package org.helpline.intake.personaldata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.intake.contact.ContactRequests;
import org.helpline.platform.privacy.Envelope;
import org.helpline.platform.privacy.PersonalData;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.Staff;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Personal data waits, sealed, while case-service is away, and reaches it once, then leaves intake. */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
@QuarkusTestResource(CaseServiceStandIn.class)
class HandoffCourierTest {

    private final java.net.URI caseService = java.net.URI.create(ConfigProvider.getConfig()
            .getValue("quarkus.rest-client.case-service.url", String.class));

    @Test
    void personalDataWaitsWhileCaseServiceIsAwayAndIsDeliveredOnceWhenItAnswers() throws Exception {
        String marker = "Courier-" + UUID.randomUUID();
        JsonPath receipt = given().spec(Staff.as(Staff.SUPERVISOR)).contentType(ContentType.JSON)
                .body(ContactRequests.newCase().with("personalData", Map.of("name", marker)).build())
                .post("/api/contacts").then().statusCode(201).extract().jsonPath();
        UUID caseId = UUID.fromString(receipt.getString("caseId"));
        String entry = receipt.getString("contactId");

        // refused twice: the first try and at least one retry after its back-off; the entry stays meanwhile
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> seen(entry).refused() >= 2);
        // the courier counts a failure in its own transaction after the answer: wait for it, it may lag a little
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(waitingAttempts(entry)).as("the entry still waits, its failures counted")
                        .isGreaterThanOrEqualTo(2));
        assertThat(seen(entry).accepted()).isZero();

        standIn().put("/stand-in/accepting/" + entry).then().statusCode(204);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> waitingAttempts(entry) == null);
        // delivered once: nothing is sent again after case-service took it
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> seen(entry).accepted() == 1);
        Seen delivered = seen(entry);
        assertThat(delivered.bearer()).as("signed in as intake-service").isTrue();
        // sealed to the key case-service named: only its private half opens it
        String[] pair = standIn().get("/stand-in/handoff-key").then().statusCode(200).extract().asString().split("\n");
        byte[] opened = Envelope.open(new Envelope.Recipient(pair[0], Base64.getDecoder().decode(pair[1])),
                Base64.getDecoder().decode(pair[2]),
                Base64.getDecoder().decode(new ObjectMapper().readTree(delivered.sealedEntry()).get("sealed").asText()),
                PersonalData.handoffPlace(caseId, UUID.fromString(entry)));
        assertThat(new ObjectMapper().readTree(opened).get("name").asText()).isEqualTo(marker);
    }

    private record Seen(int refused, int accepted, boolean bearer, String sealedEntry) {
    }

    private Seen seen(String entry) {
        String[] lines = standIn().get("/stand-in/entries/" + entry)
                .then().statusCode(200).extract().asString().split("\n", 4);
        return new Seen(Integer.parseInt(lines[0]), Integer.parseInt(lines[1]), Boolean.parseBoolean(lines[2]),
                lines[3]);
    }

    private io.restassured.specification.RequestSpecification standIn() {
        return given().auth().none().baseUri("http://" + caseService.getHost()).port(caseService.getPort());
    }

    /** The attempts counted on the waiting entry, or null once it is gone. */
    private static Integer waitingAttempts(String entry) {
        return QuarkusTransaction.requiringNew().call(() -> {
            java.util.List<?> rows = Panache.getEntityManager().createNativeQuery(
                    "select attempts from personal_data_handoff where entry_id = cast(?1 as uuid)")
                    .setParameter(1, entry).getResultList();
            return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
        });
    }
}
