package org.helpline.intake.contact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.helpline.intake.IntakeServiceTest;
import org.helpline.intake.contact.infrastructure.IdempotencyKeys;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.PlaintextScan;
import org.helpline.platform.testing.Staff;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Every way a contact can be wrong is refused as problem+json, and a refused contact leaves no trace. */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class ContactValidationTest extends IntakeServiceTest {

    static Stream<Arguments> vocabularyFields() {
        return Stream.of(
                Arguments.of("channel", ContactRequests.newCase().with("channel", "PIGEON")),
                Arguments.of("kind", ContactRequests.newCase().with("kind", "RETURNING")),
                Arguments.of("complainant.ageBand", ContactRequests.newCase().complainant("ageBand", "TEEN")),
                Arguments.of("complainant.gender", ContactRequests.newCase().complainant("gender", "WOMAN")),
                Arguments.of("complainant.province", ContactRequests.newCase().complainant("province", "LAHORE")),
                Arguments.of("complainant.callerType", ContactRequests.newCase().complainant("callerType", "MOTHER")),
                Arguments.of("complainant.sourceOfContact",
                        ContactRequests.newCase().complainant("sourceOfContact", "RADIO")),
                Arguments.of("complainant.occupation", ContactRequests.newCase().complainant("occupation", "BANKER")),
                Arguments.of("complainant.community", ContactRequests.newCase().complainant("community", "ROYALTY")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularyFields")
    void anUnknownValueOfAnyVocabularyFieldIsRefusedNamingItAndStoresNothing(String field, ContactRequests request) {
        Trace trace = Trace.next();

        trace.send(trace.mark(request).build()).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].allowedValues", not(empty()));

        trace.assertNothingStored();
    }

    @Test
    void aOneMebibyteBodyIsRefusedWith413AndStoresNothing() {
        Trace trace = Trace.next();

        trace.send(trace.mark(ContactRequests.newCase()).with("padding", "x".repeat(1024 * 1024)).build())
                .then().statusCode(413);

        trace.assertNothingStored();
    }

    @Test
    void aControlCharacterInAnyTextOrPathIsRefusedWith400AndStoresNothing() throws IOException {
        Trace nul = Trace.next();
        nul.send(nul.mark(ContactRequests.newCase()).complainant("city", nul.marker + "\u0000").build())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("complainant.city")).body(not(containsString(nul.marker)));
        Trace escape = Trace.next();
        escape.send(escape.mark(ContactRequests.newCase()).with("personalData", Map.of("notes", escape.marker
                + "\u001b[2J")).build()).then().statusCode(400).body("errors[0].field", equalTo("personalData.notes"));

        given().urlEncodingEnabled(false).get("/api/phone/calls/%00").then().statusCode(400)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).queryParam("purpose", "CASE_WORK%0Aforged").get("/api/contacts/" + UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json");
        // a % without two hex digits after it, which no client library sends
        assertThat(rawStatusLine("/api/contacts/" + UUID.randomUUID() + "?purpose=%zz")).contains(" 400 ");
        nul.assertNothingStored();
        escape.assertNothingStored();
    }

    private static String rawStatusLine(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    @Test
    void aNoteMayBreakLinesAndTabsAsTypedTextDoes() {
        Trace typed = Trace.next();
        typed.send(typed.mark(ContactRequests.newCase()).with("personalData", Map.of("notes", "first line\n\tsecond\r\n"))
                .build()).then().statusCode(201);
    }

    @Test
    void malformedJsonAndMissingFieldsStoreNothing() {
        Trace broken = Trace.next();
        broken.send("{\"channel\": \"PHONE\", \"receivedAt\": \"" + broken.receivedAt + "\", \"complainant\": {\"city\": \""
                + broken.marker + "\"}, ").then().statusCode(400).contentType("application/problem+json");
        Trace noChannel = Trace.next();
        noChannel.send(noChannel.mark(ContactRequests.newCase()).with("channel", null).build())
                .then().statusCode(400).body("errors.field", hasItem("channel"));
        // refused by the command's own rules, inside the request's transaction
        Trace noComplainant = Trace.next();
        noComplainant.send(noComplainant.mark(ContactRequests.newCase()).with("complainant", null).build())
                .then().statusCode(400).body("errors.field", hasItem("complainant"));

        broken.assertNothingStored();
        noChannel.assertNothingStored();
        noComplainant.assertNothingStored();
    }

    /**
     * What only one refused request carries (its Idempotency-Key, a city and a note no other request uses, a
     * receivedAt to the millisecond): looking for these, rather than counting rows, is immune to the relay,
     * the courier and the consumers changing other rows meanwhile.
     */
    private record Trace(String key, String marker, String receivedAt) {

        private static final Instant BASE = Instant.parse("2031-01-01T00:00:00Z");

        static Trace next() {
            String id = UUID.randomUUID().toString();
            return new Trace("refused-" + id, "Refused-" + id,
                    BASE.plusMillis(ThreadLocalRandom.current().nextLong(300L * 24 * 3600 * 1000)).toString());
        }

        ContactRequests mark(ContactRequests request) {
            return request.with("receivedAt", receivedAt).complainant("city", marker)
                    .with("personalData", Map.of("notes", marker));
        }

        io.restassured.response.Response send(Object body) {
            return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .post("/api/contacts");
        }

        void assertNothingStored() {
            assertThat(PlaintextScan.serviceTablesContaining(marker)).as("tables naming " + marker).isEmpty();
            assertThat(QuarkusTransaction.requiringNew().call(() -> count(
                    "select count(*) from idempotency_key where key = ?1",
                    Arc.container().instance(IdempotencyKeys.class).get().keptAs(Staff.SUPERVISOR, key))
                    + Stream.of("contact where received_at", "intake_case where opened_at",
                            "personal_data_handoff where received_at")
                            .mapToLong(row -> count("select count(*) from " + row + " = cast(?1 as timestamptz)",
                                    receivedAt))
                            .sum())).as("rows of the refused request " + key).isZero();
        }

        private static long count(String sql, String value) {
            return ((Number) Panache.getEntityManager().createNativeQuery(sql).setParameter(1, value)
                    .getSingleResult()).longValue();
        }
    }
}
