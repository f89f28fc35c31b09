package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.helpline.contracts.Topics;
import org.helpline.platform.testing.Staff;
import org.helpline.platform.testing.TopicProbe;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Intake and case management checked from outside, as a new user would, on the stack deploy/stack
 * starts: retries that must not duplicate, phone calls whose numbers must not be kept, personal data
 * that must reach case-service and nowhere else. Years 2039, 2040 and 2046-2047 are this class's own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeAcceptanceIT extends OnTheLocalStack {

    @Test
    void theSameContactPostedFiveTimesWithOneKeyIsOneCaseOneEventAndCountedOnce() throws Exception {
        String key = "five-times-" + UUID.randomUUID();
        Map<String, Object> contact = newCase("2046-02-10T11:00:00+05:00", "Quetta", null);
        ExecutorService clients = Executors.newFixedThreadPool(5);
        List<String> caseIds = new ArrayList<>();
        try {
            List<Future<ExtractableResponse<Response>>> posts = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                posts.add(clients.submit(() -> given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body(contact).post(stack.url("intake-service") + "/api/contacts").then().extract()));
            }
            for (Future<ExtractableResponse<Response>> post : posts) {
                ExtractableResponse<Response> answer = post.get(60, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).isEqualTo(201);
                caseIds.add(answer.path("caseId"));
            }
        } finally {
            clients.shutdownNow();
        }
        String caseId = caseIds.get(0);
        assertThat(caseIds).containsOnly(caseId);

        stack.awaitReport(2046, "totals.cases", 1);
        String later = post(newCase("2046-03-01T10:00:00+05:00", "Lahore", null)).extract().path("caseId");
        topics.await(Topics.CONTACTS, r -> later.equals(r.key()), Duration.ofSeconds(20));
        assertThat(topics.readAll(Topics.CONTACTS, r -> caseId.equals(r.key()))).hasSize(1);
        stack.awaitReport(2046, "totals.cases", 2);
    }

    @Test
    void callersAndTheirPersonalDataAreRecognisedAndDeliveredButKeptNowhereInPlaintext() {
        String number = "03" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String marker = "Marker" + UUID.randomUUID().toString().replace("-", "");
        String callId = "call-" + UUID.randomUUID();
        Map<String, Object> call = call(callId, number);

        String contactId = webhook(call).extract().path("contactId");
        webhook(call).body("contactId", equalTo(contactId));
        webhook(call).body("contactId", equalTo(contactId)).body("repeatCaller", equalTo(false));

        Map<String, Object> contact = newCase("2047-04-02T15:00:00+05:00", "Pindi",
                Map.of("name", marker, "phone", number, "email", marker.toLowerCase() + "@example.org",
                        "notes", "Caller " + marker + " fears her ex-partner"));
        contact.put("callId", callId);
        var receipt = post(contact).body("contactId", equalTo(contactId)).extract();
        String caseId = receipt.path("caseId");
        String caseNumber = receipt.path("caseNumber");

        String international = "+92-" + number.substring(1);
        webhook(call("call-" + UUID.randomUUID(), international))
                .body("repeatCaller", equalTo(true)).body("previousCaseNumbers", contains(caseNumber));

        // the personal data reached case-service, and only case-service can read it back
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                readPersonalData(caseId).statusCode(200).body("[0].data.name", equalTo(marker))
                        .body("[0].data.phone", equalTo(number)));
        stack.awaitReport(2047, "cities.Rawalpindi", 1);

        PlatformScan scan = new PlatformScan(stack, topics);
        assertThat(scan.placesContaining(marker)).as("places holding the marker in plaintext").isEmpty();
        assertThat(scan.placesContaining(number.substring(1))).as("places holding the caller's number").isEmpty();
    }

    @Test
    void personalDataTakenWhileCaseServiceIsDownWaitsInIntakeAndArrivesOnceItIsBack() throws Exception {
        stack.stop("case-service");
        String marker = "Courier" + UUID.randomUUID().toString().replace("-", "");
        String caseId = post(newCase("2039-03-01T10:00:00+05:00", "Quetta", Map.of("name", marker))).extract()
                .path("caseId");
        // the courier keeps trying (with back-off) while nobody answers; the entry waits in intake meanwhile
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> handoffsWaitingFor(caseId) == 1);
        stack.up();

        // its back-off is at most a minute
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                handoffsWaitingFor(caseId) == 0);
        readPersonalData(caseId).statusCode(200).body("size()", equalTo(1)).body("[0].data.name", equalTo(marker));
    }

    /**
     * First, before the test that restarts case-service: after such a restart its relay's first publication has
     * taken from 22 s to more than 150 s (seen in two of six clean runs, without a warning; not understood yet, a
     * latency bug for the fault issue), and this test is about erasure, not about that.
     */
    @Test
    @Order(1)
    void erasingACasesPersonalDataLeavesTheReportByteIdenticalAndDataStillOnItsWayIsDropped() throws Exception {
        String marker = "Erased" + UUID.randomUUID().toString().replace("-", "");
        String caseId = post(newCase("2040-05-02T11:00:00+05:00", "Lahore", Map.of("name", marker))).extract()
                .path("caseId");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                readPersonalData(caseId).statusCode(200).body("[0].data.name", equalTo(marker)));
        stack.awaitReport(2040, "totals.cases", 1);
        String before = report(2040);
        long applied = casesApplied();

        given().contentType(ContentType.JSON).body(Map.of("reason", "REQUESTED_BY_COMPLAINANT"))
                .delete(stack.url("case-service") + "/api/cases/" + caseId + "/personal-data").then().statusCode(200);
        readPersonalData(caseId).statusCode(410);
        topics.await(Topics.CASES, r -> caseId.equals(r.key()) && "PersonalDataErased".equals(
                TopicProbe.header(r, "ce_type")), Duration.ofSeconds(150));
        // analytics has taken PersonalDataErased in (its position on helpline.cases moved past it)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> casesApplied() > applied);
        assertThat(report(2040)).as("the report after the erasure").isEqualTo(before);

        // the complainant calls again and gives her name: intake hands it over, case-service refuses it
        // (410), and intake drops it rather than keep it
        String later = "Later" + UUID.randomUUID().toString().replace("-", "");
        given().contentType(ContentType.JSON).body(Map.of("channel", "PHONE", "kind", "FOLLOW_UP", "caseId", caseId,
                "receivedAt", "2040-05-09T11:00:00+05:00", "personalData", Map.of("name", later)))
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201);
        stack.awaitReport(2040, "totals.followUps", 1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> handoffsWaitingFor(caseId) == 0);
        readPersonalData(caseId).statusCode(410);
        PlatformScan scan = new PlatformScan(stack, topics);
        assertThat(scan.placesContaining(marker)).as("places still holding the erased name").isEmpty();
        assertThat(scan.placesContaining(later)).as("places holding the name given after the erasure").isEmpty();
    }

    @Test
    void theTrackingCodeOfANewCaseShowsReceivedAndMovesWithTheCase() {
        var receipt = post(newCase("2039-06-01T10:00:00+05:00", "Sialkot", null)).extract();
        String caseId = receipt.path("caseId");
        String code = receipt.path("trackingCode");
        awaitStage(code, "RECEIVED");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get(stack.url("case-service") + "/api/cases/" + caseId).statusCode() == 200);

        given().contentType(ContentType.JSON).header("If-Match", "1").body(Map.of("category", "CYBER_HARASSMENT",
                "complaintTypes", List.of("HACKING"), "platforms", List.of("FACEBOOK"), "harasserGender", "UNKNOWN",
                "relationship", "STRANGER", "mentalHealthConcern", false))
                .post(stack.url("case-service") + "/api/cases/" + caseId + "/classification").then().statusCode(200);
        awaitStage(code, "IN_PROGRESS");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .contentType(ContentType.JSON).body(Map.of("caseId", caseId, "target", "FIA", "city", "Sialkot"))
                .post(stack.url("referral-service") + "/api/referrals").statusCode() == 201);
        awaitStage(code, "REFERRED");
        given().contentType(ContentType.JSON).header("If-Match", "2").body(Map.of("outcome", "REFERRED"))
                .post(stack.url("case-service") + "/api/cases/" + caseId + "/closure").then().statusCode(200);
        awaitStage(code, "CLOSED");
    }

    private static void awaitStage(String code, String stage) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().get(stack.url("intake-service") + "/api/track/" + code).then().statusCode(200)
                        .body("status", equalTo(stage)));
    }

    private static io.restassured.response.ValidatableResponse readPersonalData(String caseId) {
        return given().queryParam("purpose", "CASE_WORK")
                .get(stack.url("case-service") + "/api/cases/" + caseId + "/personal-data").then();
    }

    private static long casesApplied() {
        return ((Number) given().get(stack.url("analytics-service") + "/api/projections/status").then().statusCode(200)
                .extract().path("find { it.topic == 'helpline.cases' }.position")).longValue();
    }

    private static String report(int year) {
        return given().get(stack.url("analytics-service") + "/api/reports/" + year).then().statusCode(200)
                .extract().asString();
    }

    private static long handoffsWaitingFor(String caseId) throws java.sql.SQLException {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(stack.jdbcUrl("intake"), "postgres",
                "postgres"); java.sql.PreparedStatement query = db.prepareStatement(
                        "select count(*) from personal_data_handoff where case_id = ?::uuid")) {
            query.setString(1, caseId);
            try (java.sql.ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Map<String, Object> newCase(String receivedAt, String city, Map<String, Object> personalData) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("channel", "PHONE");
        contact.put("kind", "NEW");
        contact.put("receivedAt", receivedAt);
        contact.put("complainant", Map.of("ageBand", "AGE_18_30", "gender", "FEMALE", "city", city,
                "callerType", "SELF"));
        if (personalData != null) {
            contact.put("personalData", personalData);
        }
        return contact;
    }

    private static Map<String, Object> call(String callId, String number) {
        return Map.of("callId", callId, "callerNumber", number, "startedAt", "2047-04-02T15:00:00+05:00",
                "endedAt", "2047-04-02T15:09:00+05:00", "answered", true, "language", "ur", "extension", "12");
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> contact) {
        return given().contentType(ContentType.JSON).body(contact)
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201);
    }

    /** The telephony platform's webhook, with the phone system's own token (nobody else may report calls). */
    private static io.restassured.response.ValidatableResponse webhook(Map<String, Object> call) {
        return given().header("Authorization", "Bearer " + Staff.serviceToken(stack.keycloakIssuer(), "phone-system",
                "phone-system-secret")).contentType(ContentType.JSON).body(call)
                .post(stack.url("intake-service") + "/api/phone/calls").then().statusCode(200);
    }
}
