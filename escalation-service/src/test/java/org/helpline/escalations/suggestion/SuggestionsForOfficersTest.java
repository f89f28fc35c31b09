package org.helpline.escalations.suggestion;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.escalations.EscalationServiceTest;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.SampleEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * What a digital-security officer's queue says of each case without her reading case-service: the number intake
 * gave it (from CaseOpened on helpline.contacts), its latest classification (from ComplaintClassified on
 * helpline.cases), and for each escalation called for, whether its platform's channel takes it now.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class SuggestionsForOfficersTest extends EscalationServiceTest {

    @Test
    void aCaseOpenedAndThenClassifiedIsSuggestedWithItsNumberAndItsLatestClassification() {
        String caseNumber = newCaseNumber();
        UUID caseId = openCase(caseNumber);
        upstream.publish(SampleEvents.classification(caseId).at(Instant.parse("2023-04-02T10:00:00Z"))
                .category(Category.CYBER_HARASSMENT).types(ComplaintType.BLACKMAILING, ComplaintType.NCII)
                .platforms(Platform.INSTAGRAM, Platform.WHATSAPP).build());

        String suggestion = "find { it.caseId == '" + caseId + "' }";
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                suggestions().body(suggestion + ".caseNumber", equalTo(caseNumber))
                        .body(suggestion + ".category", equalTo("CYBER_HARASSMENT"))
                        .body(suggestion + ".complaintTypes", contains("BLACKMAILING", "NCII"))
                        .body(suggestion + ".platforms", contains("INSTAGRAM", "WHATSAPP"))
                        .body(suggestion + ".classifiedAt", equalTo("2023-04-02T10:00:00Z"))
                        .body(suggestion + ".escalations.platform", contains("INSTAGRAM", "WHATSAPP"))
                        .body(suggestion + ".escalations.reason", contains("NCII", "NCII"))
                        .body(suggestion + ".escalations.channelStatus", contains("ACTIVE", "ACTIVE")));

        // reclassified: the latest classification is the one the queue shows, category included
        upstream.publish(SampleEvents.classification(caseId).at(Instant.parse("2023-04-05T10:00:00Z"))
                .category(Category.OTHER_DIGITAL_ISSUE).types(ComplaintType.HACKING).platforms(Platform.FACEBOOK)
                .build());
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                suggestions().body(suggestion + ".caseNumber", equalTo(caseNumber))
                        .body(suggestion + ".category", equalTo("OTHER_DIGITAL_ISSUE"))
                        .body(suggestion + ".complaintTypes", contains("HACKING"))
                        .body(suggestion + ".platforms", contains("FACEBOOK"))
                        .body(suggestion + ".escalations.reason", contains("HACKED_ACCOUNT")));
    }

    @Test
    void aPlatformWhoseChannelIsSuspendedIsStillSuggestedWithTheChannelsStatusAndReason() {
        // X is this test's alone: no other test of this module suspends it or escalates to it
        UUID caseId = openCase(newCaseNumber());
        upstream.publish(SampleEvents.classification(caseId).at(Instant.parse("2023-06-02T10:00:00Z"))
                .types(ComplaintType.IMPERSONATION).platforms(Platform.X, Platform.TIKTOK).build());
        String suggestion = "find { it.caseId == '" + caseId + "' }";
        String onX = suggestion + ".escalations.find { it.platform == 'X' }";
        String onTikTok = suggestion + ".escalations.find { it.platform == 'TIKTOK' }";
        try {
            channel("X", "SUSPENDED", "no answer since May").statusCode(200);

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    suggestions().body(onX + ".reason", equalTo("IMPERSONATION"))
                            .body(onX + ".channelStatus", equalTo("SUSPENDED"))
                            .body(onX + ".channelReason", equalTo("no answer since May"))
                            .body(onTikTok + ".channelStatus", equalTo("ACTIVE")));
            // what the disabled button stands for: sending through the suspended channel is refused
            escalate(caseId, "X", "IMPERSONATION").statusCode(409);
        } finally {
            channel("X", "ACTIVE", "answering again").statusCode(200);
        }
        suggestions().body(onX + ".channelStatus", equalTo("ACTIVE"))
                .body(onX + ".channelReason", equalTo("answering again"));
    }

    private static ValidatableResponse suggestions() {
        return given().queryParam("size", 500).get("/api/escalations/suggestions").then().statusCode(200);
    }
}
