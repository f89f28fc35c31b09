package org.helpline.intake.phone;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.intake.IntakeServiceTest;
import org.helpline.intake.contact.IntakeTables;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.PlaintextScan;
import org.helpline.platform.testing.Staff;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The telephony webhook: a call reported as it rings and as it ends, idempotent per call id, repeat callers
 * recognised, the number kept nowhere.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class PhoneCallTest extends IntakeServiceTest {

    @Test
    void aReplayedWebhookRecordsOneCallAndAnswersTheSame() {
        Map<String, Object> call = call("call-" + UUID.randomUUID(), aNumber());
        Map<String, Long> before = IntakeTables.rowCounts();

        String first = report(call).statusCode(200).extract().asString();
        String second = report(call).statusCode(200).extract().asString();
        String third = report(call).statusCode(200).extract().asString();

        assertThat(second).isEqualTo(first);
        assertThat(third).isEqualTo(first);
        assertThat(IntakeTables.rowCounts().get("phone_call")).isEqualTo(before.get("phone_call") + 1);
    }

    @Test
    void aRingingCallThatEndsUnansweredPublishesOneCallEndedWithoutTheNumber() {
        String number = aNumber();
        String callId = "call-" + UUID.randomUUID();
        Map<String, Object> ringing = call(callId, number);
        ringing.remove("endedAt");
        ringing.remove("answered");
        String answer = report(ringing).statusCode(200).extract().asString();
        given().get("/api/phone/calls/" + callId).then().statusCode(200)
                .body("endedAt", equalTo(null)).body("answered", equalTo(null));

        Map<String, Object> missed = call(callId, number);
        missed.put("answered", false);
        assertThat(report(missed).statusCode(200).extract().asString()).isEqualTo(answer);
        assertThat(report(missed).statusCode(200).extract().asString()).isEqualTo(answer);
        report(ringing).statusCode(200); // a late ringing report does not undo the end

        var published = topics.awaitExactly(Topics.CONTACTS, r -> callId.equals(r.key()), 1, Duration.ofSeconds(15));
        TopicProbe.assertCloudEvent(published.get(0), "CallEnded", "/helpline/intake-service", callId);
        assertThat(published.get(0).value()).contains("\"answered\":false", "\"startedAt\":\"2023-05-01T10:00:00Z\"",
                "\"endedAt\":\"2023-05-01T10:12:30Z\"").doesNotContain(number.substring(1));
        given().get("/api/phone/calls/" + callId).then().statusCode(200)
                .body("endedAt", equalTo("2023-05-01T10:12:30Z")).body("answered", equalTo(false));
    }

    @Test
    void aCallReportedOnlyAtItsEndPublishesItsEndAtOnce() {
        String callId = "call-" + UUID.randomUUID();
        report(call(callId, aNumber())).statusCode(200);

        var published = topics.awaitExactly(Topics.CONTACTS, r -> callId.equals(r.key()), 1, Duration.ofSeconds(15));
        assertThat(published.get(0).value()).contains("\"answered\":true");
    }

    @Test
    void aSecondCallFromTheSameNumberIsARepeatCallerWhoseCasesAreNamed() {
        String national = aNumber();
        String international = "+92 " + national.substring(1, 4) + " " + national.substring(4);
        String firstCall = "call-" + UUID.randomUUID();
        String firstContact = report(call(firstCall, national)).statusCode(200)
                .body("repeatCaller", equalTo(false)).body("previousCaseNumbers", empty())
                .extract().path("contactId");

        // the associate who took the first call files it as a new case
        Map<String, Object> contact = newCaseFromCall(firstCall);
        var receipt = given().spec(Staff.phoneSystem()).contentType(ContentType.JSON).body(contact)
                .post("/api/contacts").then()
                .statusCode(201).body("contactId", equalTo(firstContact)).extract();
        String caseNumber = receipt.path("caseNumber");

        String secondCall = "call-" + UUID.randomUUID();
        report(call(secondCall, international)).statusCode(200)
                .body("repeatCaller", equalTo(true)).body("previousCaseNumbers", contains(caseNumber));
        given().get("/api/phone/calls/" + secondCall).then().statusCode(200)
                .body("repeatCaller", equalTo(true)).body("caseId", equalTo(null));
        given().get("/api/phone/calls/" + firstCall).then().body("caseId", equalTo(receipt.<String>path("caseId")));
    }

    @Test
    void theCallerNumberIsStoredNowhereAndPublishedNowhere() {
        String number = aNumber();
        String callId = "call-" + UUID.randomUUID();
        report(call(callId, number)).statusCode(200);
        String caseId = given().contentType(ContentType.JSON).body(newCaseFromCall(callId)).post("/api/contacts")
                .then().statusCode(201).extract().path("caseId");
        topics.await(Topics.CONTACTS, r -> caseId.equals(r.key()), Duration.ofSeconds(15));

        String digits = number.substring(1); // matches the national and the international spelling
        assertThat(PlaintextScan.serviceTablesContaining(digits)).isEmpty();
        assertThat(topics.readAll(Topics.CONTACTS, r -> r.value().contains(digits))).isEmpty();
    }

    @Test
    void aCallIsFiledOnceAndOnlyAsAPhoneContact() {
        String callId = "call-" + UUID.randomUUID();
        report(call(callId, aNumber())).statusCode(200);

        Map<String, Object> byEmail = newCaseFromCall(callId);
        byEmail.put("channel", "EMAIL");
        given().contentType(ContentType.JSON).body(byEmail).post("/api/contacts").then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));

        given().contentType(ContentType.JSON).body(newCaseFromCall(callId)).post("/api/contacts").then()
                .statusCode(201);
        given().contentType(ContentType.JSON).body(newCaseFromCall(callId)).post("/api/contacts").then()
                .statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(newCaseFromCall("call-never-reported")).post("/api/contacts")
                .then().statusCode(404);
    }

    @Test
    void thePhoneSystemRecordsCallsAndContactsButReadsNothing() {
        String callId = "call-" + UUID.randomUUID();
        report(call(callId, aNumber())).statusCode(200);
        String contactId = given().spec(Staff.phoneSystem()).contentType(ContentType.JSON)
                .body(newCaseFromCall(callId)).post("/api/contacts").then().statusCode(201).extract().path("contactId");

        given().spec(Staff.phoneSystem()).get("/api/phone/calls/" + callId).then().statusCode(403)
                .contentType("application/problem+json");
        given().spec(Staff.phoneSystem()).get("/api/contacts/" + contactId).then().statusCode(403);
        given().spec(Staff.as("analyst")).contentType(ContentType.JSON).body(call("call-" + UUID.randomUUID(),
                aNumber())).post("/api/phone/calls").then().statusCode(403);
        given().auth().none().contentType(ContentType.JSON).body(newCaseFromCall(callId)).post("/api/contacts")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().get("/api/contacts/" + contactId).then().statusCode(200);
    }

    @Test
    void aCallEndingBeforeItStartedOrWithoutANumberOrAnswerIsRefused() {
        Map<String, Object> backwards = call("call-" + UUID.randomUUID(), aNumber());
        backwards.put("endedAt", "2023-05-01T09:00:00Z");
        report(backwards).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("endedAt"));

        Map<String, Object> noNumber = call("call-" + UUID.randomUUID(), aNumber());
        noNumber.remove("callerNumber");
        report(noNumber).statusCode(400).body("errors[0].field", equalTo("callerNumber"));

        Map<String, Object> endedWithoutSayingIfAnswered = call("call-" + UUID.randomUUID(), aNumber());
        endedWithoutSayingIfAnswered.remove("answered");
        report(endedWithoutSayingIfAnswered).statusCode(400).body("errors[0].field", equalTo("answered"));

        Map<String, Object> answeredBeforeItEnded = call("call-" + UUID.randomUUID(), aNumber());
        answeredBeforeItEnded.remove("endedAt");
        report(answeredBeforeItEnded).statusCode(400).body("errors[0].field", equalTo("answered"));

        Map<String, Object> ringing = call("call-" + UUID.randomUUID(), aNumber());
        ringing.remove("endedAt");
        ringing.remove("answered");
        report(ringing).statusCode(200);
        Map<String, Object> endingBeforeItRang = new LinkedHashMap<>(ringing);
        endingBeforeItRang.put("startedAt", "2023-05-01T08:00:00Z");
        endingBeforeItRang.put("endedAt", "2023-05-01T09:00:00Z");
        endingBeforeItRang.put("answered", true);
        report(endingBeforeItRang).statusCode(400).body("errors[0].field", equalTo("endedAt"));
    }

    /** A Pakistani mobile number no other test uses, written nationally (0300...). */
    private static String aNumber() {
        return "03" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    private static Map<String, Object> call(String callId, String number) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("callId", callId);
        call.put("callerNumber", number);
        call.put("startedAt", "2023-05-01T10:00:00Z");
        call.put("endedAt", "2023-05-01T10:12:30Z");
        call.put("answered", true);
        call.put("language", "ur");
        call.put("extension", "204");
        return call;
    }

    private static Map<String, Object> newCaseFromCall(String callId) {
        Map<String, Object> complainant = new LinkedHashMap<>();
        complainant.put("ageBand", "AGE_18_30");
        complainant.put("gender", "FEMALE");
        complainant.put("city", "Karachi");
        complainant.put("callerType", "SELF");
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("channel", "PHONE");
        contact.put("kind", "NEW");
        contact.put("callId", callId);
        contact.put("complainant", complainant);
        return contact;
    }

    private static io.restassured.response.ValidatableResponse report(Map<String, Object> call) {
        return given().spec(Staff.phoneSystem()).contentType(ContentType.JSON).body(call).post("/api/phone/calls")
                .then();
    }
}
