package org.helpline.intake.contact;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.Staff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Every way a contact can be wrong is refused as problem+json, and a refused contact leaves no trace. */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class ContactValidationTest {

    @BeforeEach
    void signInAsSupervisor() {
        RestAssured.requestSpecification = Staff.as(Staff.SUPERVISOR);
    }

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
        Map<String, Long> before = IntakeTables.rowCounts();

        given().contentType(ContentType.JSON).body(request.build()).post("/api/contacts").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].allowedValues", not(empty()));

        assertThat(IntakeTables.rowCounts()).isEqualTo(before);
    }

    @Test
    void aOneMebibyteBodyIsRefusedWith413AndStoresNothing() {
        Map<String, Long> before = IntakeTables.rowCounts();

        given().contentType(ContentType.JSON)
                .body(ContactRequests.newCase().with("padding", "x".repeat(1024 * 1024)).build())
                .post("/api/contacts").then().statusCode(413);

        assertThat(IntakeTables.rowCounts()).isEqualTo(before);
    }

    @Test
    void malformedJsonAndMissingFieldsStoreNothing() {
        Map<String, Long> before = IntakeTables.rowCounts();

        given().contentType(ContentType.JSON).body("{\"channel\": \"PHONE\", ").post("/api/contacts").then()
                .statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(ContactRequests.newCase().with("channel", null).build())
                .post("/api/contacts").then().statusCode(400).body("errors.field", hasItem("channel"));
        given().contentType(ContentType.JSON).body(ContactRequests.newCase().with("complainant", null).build())
                .post("/api/contacts").then().statusCode(400).body("errors.field", hasItem("complainant"));

        assertThat(IntakeTables.rowCounts()).isEqualTo(before);
    }
}
