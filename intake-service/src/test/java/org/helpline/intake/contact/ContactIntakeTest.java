package org.helpline.intake.contact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import org.helpline.contracts.Topics;
import org.helpline.intake.IntakeServiceTest;
import org.helpline.intake.contact.infrastructure.IdempotencyKeys;
import org.helpline.platform.sql.NativeRow;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.PlaintextScan;
import org.helpline.platform.testing.Staff;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class ContactIntakeTest extends IntakeServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject IdempotencyKeys idempotencyKeys;

    @Test
    void aNewContactOpensACaseAndIsPublishedAsACaseOpenedCloudEvent() throws Exception {
        ExtractableResponse<Response> created = post(ContactRequests.newCase().build(), null)
                .statusCode(201)
                .header("Location", containsString("/api/contacts/"))
                .body("caseNumber", matchesPattern("CH-\\d{4}-\\d{6}"))
                .body("trackingCode", matchesPattern("([0-9A-Z]{4}-){4}[0-9A-Z]{4}"))
                .extract();
        String caseId = created.path("caseId");

        ConsumerRecord<String, String> record = topics.await(Topics.CONTACTS, r -> caseId.equals(r.key()),
                Duration.ofSeconds(15));

        TopicProbe.assertCloudEvent(record, "CaseOpened", "/helpline/intake-service", caseId);
        JsonNode body = JSON.readTree(record.value());
        assertThat(body.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(body.get("caseNumber").asText()).isEqualTo(created.path("caseNumber"));
        assertThat(body.get("gender").asText()).isEqualTo("FEMALE");
        assertThat(body.has("trackingCode")).as("the tracking code is a secret of the complainant").isFalse();

        // its ce_dataschema names the schema intake serves, and the body is valid by it
        String schemaPath = java.net.URI.create(TopicProbe.header(record, "ce_dataschema")).getPath();
        assertThat(schemaPath).isEqualTo("/schemas/events/CaseOpened/v1.json");
        JsonNode schema = JSON.readTree(given().auth().none().get(schemaPath).then().statusCode(200).extract()
                .asString());
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(body))
                .isEmpty();
    }

    @Test
    void aFollowUpIsPublishedAsFollowUpReceivedForItsCase() {
        String caseId = post(ContactRequests.newCase().build(), null).statusCode(201).extract().path("caseId");

        String contactId = post(ContactRequests.followUp(UUID.fromString(caseId)).build(), null)
                .statusCode(201).body("caseId", equalTo(caseId)).extract().path("contactId");

        ConsumerRecord<String, String> record = topics.await(Topics.CONTACTS,
                r -> "FollowUpReceived".equals(TopicProbe.header(r, "ce_type")) && record(r, contactId),
                Duration.ofSeconds(15));
        assertThat(record.key()).isEqualTo(caseId);
    }

    @Test
    void caseNumbersAreSequentialWithinTheYearTheContactWasReceived() {
        List<String> numbers = IntStream.range(0, 3).mapToObj(i ->
                post(ContactRequests.newCase().with("receivedAt", "2029-0" + (i + 1) + "-10T10:00:00+05:00").build(), null)
                        .statusCode(201).extract().<String>path("caseNumber")).toList();

        assertThat(numbers).containsExactly("CH-2029-000001", "CH-2029-000002", "CH-2029-000003");
    }

    @Test
    void theFirstContactsOfANewYearArrivingTogetherGetDistinctConsecutiveNumbers() throws Exception {
        int together = 8;
        // real threads released at once: a parallel stream on 2 cores would send them nearly one by one
        ExecutorService senders = Executors.newFixedThreadPool(together);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ExtractableResponse<Response>>> answers = IntStream.range(0, together)
                    .mapToObj(i -> senders.submit(() -> {
                        start.await();
                        return post(ContactRequests.newCase().with("receivedAt", "2028-01-01T10:00:00+05:00").build(),
                                null).extract();
                    })).toList();
            start.countDown();
            List<String> numbers = new java.util.ArrayList<>();
            List<String> caseIds = new java.util.ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> created = answer.get(60, TimeUnit.SECONDS);
                assertThat(created.statusCode()).isEqualTo(201);
                numbers.add(created.path("caseNumber"));
                caseIds.add(created.path("caseId"));
            }

            assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, together)
                    .mapToObj(n -> String.format("CH-2028-%06d", n)).toList());
            // and each case was announced once, under the number its receipt gave
            List<ConsumerRecord<String, String>> opened = topics.awaitExactly(Topics.CONTACTS,
                    r -> caseIds.contains(r.key()), together, Duration.ofSeconds(20));
            assertThat(opened.stream().map(r -> caseNumberOf(r)).toList())
                    .containsExactlyInAnyOrderElementsOf(numbers);
        } finally {
            senders.shutdownNow();
        }
    }

    private static String caseNumberOf(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).get("caseNumber").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFollowUpForAnUnknownCaseIsRefusedWith404() {
        post(ContactRequests.followUp(UUID.randomUUID()).build(), null)
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownVocabularyValueIsRefusedNamingTheFieldAndTheAllowedValues() {
        post(ContactRequests.newCase().complainant("gender", "WOMAN").build(), null)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("complainant.gender"))
                .body("errors[0].allowedValues", hasItem("TRANS_WOMAN"));
    }

    @Test
    void aMissingRequiredFieldIsRefusedNamingIt() {
        post(ContactRequests.newCase().complainant("ageBand", null).build(), null)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("complainant.ageBand"));
    }

    @Test
    void malformedJsonIsRefusedAsAProblem() {
        given().contentType(ContentType.JSON).body("{\"channel\": ").post("/api/contacts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The body is not valid JSON."));
    }

    @Test
    void citiesAreNormalisedByTheGazetteerAndTheirProvinceFilledIn() throws Exception {
        assertThat(openedCity("pindi", null)).isEqualTo("Rawalpindi|PUNJAB");
        assertThat(openedCity("D.I. Khan", null)).isEqualTo("Dera Ismail Khan|KHYBER_PAKHTUNKHWA");
        assertThat(openedCity("  KARACHI ", null)).isEqualTo("Karachi|SINDH");
        assertThat(openedCity("Chak 42 GB", null)).isEqualTo("Chak 42 GB|UNKNOWN");
        assertThat(openedCity("Chak 42 GB", "PUNJAB")).isEqualTo("Chak 42 GB|PUNJAB");
    }

    @Test
    void retryingWithTheSameIdempotencyKeyAnswersTheSameReceiptAndOpensNoSecondCase() {
        String key = "retry-" + UUID.randomUUID();
        var body = ContactRequests.newCase().complainant("city", "Multan").build();
        ExtractableResponse<Response> first = post(body, key).statusCode(201).extract();
        ExtractableResponse<Response> second = post(body, key).statusCode(201).extract();

        assertThat(second.<String>path("caseId")).isEqualTo(first.path("caseId"));
        assertThat(second.<String>path("caseNumber")).isEqualTo(first.path("caseNumber"));
        assertThat(second.<String>path("trackingCode")).isEqualTo(first.path("trackingCode"));
        String caseId = first.path("caseId");
        topics.awaitExactly(Topics.CONTACTS, r -> caseId.equals(r.key()), 1, Duration.ofSeconds(15));
    }

    @Test
    void idempotencyKeysAreKeptForADayAndForgottenAfterTheRetention() {
        String dayOld = "day-old-" + UUID.randomUUID();
        String expired = "expired-" + UUID.randomUUID();
        post(ContactRequests.newCase().build(), dayOld).statusCode(201);
        post(ContactRequests.newCase().build(), expired).statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            age(dayOld, "25 hours");
            age(expired, "49 hours");
        });

        idempotencyKeys.forgetExpired();

        post(ContactRequests.newCase().complainant("gender", "MALE").build(), dayOld).statusCode(422);
        post(ContactRequests.newCase().complainant("gender", "MALE").build(), expired).statusCode(201);
    }

    private void age(String key, String by) {
        Panache.getEntityManager().createNativeQuery(
                "update idempotency_key set created_at = now() - cast(?2 as interval) where key = ?1")
                .setParameter(1, idempotencyKeys.keptAs(Staff.SUPERVISOR, key)).setParameter(2, by).executeUpdate();
    }

    @Test
    void anIdempotencyKeysAnswerIsKeptSealedAndTheKeyHashedYetARetryGetsTheTrackingCode() {
        String key = "sealed-" + UUID.randomUUID();
        var body = ContactRequests.newCase().build();
        String code = post(body, key).statusCode(201).extract().path("trackingCode");

        NativeRow row = QuarkusTransaction.requiringNew().call(() -> NativeRow.single(Panache.getEntityManager()
                .createNativeQuery("""
                        select key, request_hash, cast(response as text), sealed_response
                        from idempotency_key where key = ?1""").setParameter(1, idempotencyKeys.keptAs(Staff.SUPERVISOR, key))));
        assertThat(row.text(0)).startsWith("hmac-sha256-account:").doesNotContain(key);
        assertThat(row.text(1)).doesNotContain(code);
        assertThat(row.text(2)).as("no answer in clear").isNull();
        assertThat(new String(row.bytes(3), StandardCharsets.ISO_8859_1)).doesNotContain(code)
                .doesNotContain(code.replace("-", ""));
        assertThat(PlaintextScan.serviceTablesContaining(code)).as("the tracking code, anywhere at rest").isEmpty();
        assertThat(PlaintextScan.serviceTablesContaining(key)).as("the Idempotency-Key, anywhere at rest").isEmpty();
        assertThat(post(body, key).statusCode(201).extract().<String>path("trackingCode")).isEqualTo(code);
    }

    @Test
    void anAnswerAnEarlierVersionKeptInClearIsSealedAndStillAnswersItsRetry() {
        String key = "legacy-" + UUID.randomUUID();
        var body = ContactRequests.newCase().build();
        ExtractableResponse<Response> first = post(body, key).statusCode(201).extract();
        // the row as the version before sealing kept it: the key and the receipt in clear
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("""
                update idempotency_key set key = ?2, response = cast(?3 as jsonb), sealed_response = null
                where key = ?1""").setParameter(1, idempotencyKeys.keptAs(Staff.SUPERVISOR, key))
                .setParameter(2, key).setParameter(3, first.asString()).executeUpdate());

        assertThat(idempotencyKeys.sealThoseKeptInClear()).isEqualTo(1);

        assertThat(QuarkusTransaction.requiringNew().call(() -> NativeRow.single(Panache.getEntityManager()
                .createNativeQuery("select count(*) from idempotency_key where key = ?1 or response is not null")
                .setParameter(1, key)).count(0))).as("nothing left in clear").isZero();
        ExtractableResponse<Response> retried = post(body, key).statusCode(201).extract();
        assertThat(retried.<String>path("trackingCode")).isEqualTo(first.path("trackingCode"));
        assertThat(retried.<String>path("caseId")).isEqualTo(first.path("caseId"));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefusedWith422() {
        String key = "reuse-" + UUID.randomUUID();
        post(ContactRequests.newCase().build(), key).statusCode(201);
        post(ContactRequests.newCase().complainant("gender", "MALE").build(), key)
                .statusCode(422).contentType("application/problem+json");
    }

    @Test
    void anIdempotencyKeyIsTheAccountsOwnSoAnotherAccountNeitherReplaysNorBlocksIt() {
        String key = "shared-" + UUID.randomUUID();
        Object body = ContactRequests.newCase().build();
        String code = post(body, key).statusCode(201).extract().path("trackingCode");

        // the same key and body from another account: a contact of its own, never the first one's receipt
        String theirs = given().spec(Staff.as("associate")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/contacts").then().statusCode(201).body(not(containsString(code)))
                .extract().path("trackingCode");
        assertThat(theirs).isNotEqualTo(code);
        given().spec(Staff.as("associate")).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/contacts").then().statusCode(201).body("trackingCode", equalTo(theirs));
        post(body, key).statusCode(201).body("trackingCode", equalTo(code));
    }

    @Test
    void personalDataIsHeldOnlySealedAndNeverPublished() {
        String marker = "Marker-" + UUID.randomUUID();
        ExtractableResponse<Response> created = post(ContactRequests.newCase().with("personalData",
                java.util.Map.of("name", marker, "notes", "called from " + marker)).build(), null)
                .statusCode(201).extract();
        String caseId = created.path("caseId");

        topics.await(Topics.CONTACTS, r -> caseId.equals(r.key()), Duration.ofSeconds(15));
        assertThat(topics.readAll(Topics.CONTACTS, r -> r.value().contains(marker))).isEmpty();
        // its own entry, sealed: case-service is away in these tests, so the courier cannot have taken it yet
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager().createNativeQuery(
                "select count(*) from personal_data_handoff where entry_id = cast(?1 as uuid)")
                .setParameter(1, created.<String>path("contactId")).getSingleResult()).longValue()))
                .isEqualTo(1L);
        assertThat(PlaintextScan.serviceTablesContaining(marker)).isEmpty();
    }

    @Test
    void anInvalidEmailInPersonalDataIsRefusedWithoutEchoingIt() {
        post(ContactRequests.newCase().with("personalData", java.util.Map.of("email", "not-an-address")).build(), null)
                .statusCode(400).body("errors[0].field", equalTo("personalData.email"))
                .body(not(containsString("not-an-address")));
    }

    @Test
    void healthMetricsOpenApiAndTheEventsAsyncApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("helpline_outbox_published"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/contacts"));
        // the topics' AsyncAPI document, for other teams' systems, served without a token as the schemas are
        given().auth().none().get("/asyncapi.yaml").then().statusCode(200)
                .body(containsString("address: helpline.contacts"))
                .body(containsString("$ref: ./schemas/events/CaseOpened/v1.json"));
    }

    /** Posts a new contact from {@code city} and answers "city|province" of the CaseOpened intake published. */
    private String openedCity(String city, String province) throws Exception {
        String caseId = post(ContactRequests.newCase().complainant("city", city).complainant("province", province)
                .build(), null).statusCode(201).extract().path("caseId");
        JsonNode opened = JSON.readTree(topics.await(Topics.CONTACTS, r -> caseId.equals(r.key()),
                Duration.ofSeconds(15)).value());
        return opened.get("city").asText() + "|" + opened.get("province").asText();
    }

    private static boolean record(ConsumerRecord<String, String> r, String contactId) {
        return r.value().contains("\"contactId\":\"" + contactId + "\"");
    }

    private static io.restassured.response.ValidatableResponse post(Object body, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/contacts").then();
    }
}
