package org.helpline.analytics.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.helpline.analytics.AnalyticsServiceTest;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.SampleEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Co-occurrence figures, one month's report, CSV exports and the publishable (suppressed) variant. */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class ReportPeriodsAndExportsTest extends AnalyticsServiceTest {

    @Test
    void blackmailingAndImageAbuseAreCountedTogetherAsTheReportsFigures8() {
        classify(open("2038-01-10T10:00:00Z", Gender.FEMALE), ComplaintType.BLACKMAILING, ComplaintType.NCII);
        classify(open("2038-01-11T10:00:00Z", Gender.FEMALE), ComplaintType.BLACKMAILING);
        classify(open("2038-01-12T10:00:00Z", Gender.MALE), ComplaintType.NCUI);
        classify(open("2038-01-13T10:00:00Z", Gender.FEMALE), ComplaintType.NCEDITS, ComplaintType.BLACKMAILING);

        awaitReport(2038, "complaintTypeCooccurrence.blackmailingWithImageAbuse.cases", 3);
        given().get("/api/reports/2038").then()
                .body("complaintTypeCooccurrence.blackmailingWithImageAbuse",
                        equalTo(Map.of("cases", 3, "alsoWith", 2, "share", 0.667f)))
                .body("complaintTypeCooccurrence.imageAbuseWithBlackmailing.cases", equalTo(3))
                .body("complaintTypeCooccurrence.imageAbuseWithBlackmailingFemale",
                        equalTo(Map.of("cases", 2, "alsoWith", 2, "share", 1.0f)));
    }

    @Test
    void aMonthsReportCountsOnlyThatMonthsCasesAndFollowUps() {
        UUID january = open("2039-01-10T10:00:00Z", Gender.FEMALE);
        open("2039-01-20T10:00:00Z", Gender.MALE);
        open("2039-02-05T10:00:00Z", Gender.FEMALE);
        producers.publish(new FollowUpReceived(january, UUID.randomUUID(), Instant.parse("2039-02-07T10:00:00Z"),
                Channel.EMAIL));

        awaitReport(2039, "totals.contacts", 4);
        given().queryParam("month", "2039-02").get("/api/reports/2039").then().statusCode(200)
                .body("month", equalTo("2039-02"))
                .body("totals.cases", equalTo(1))
                .body("totals.followUps", equalTo(1))
                .body("genders.FEMALE", equalTo(1))
                .body("genders.MALE", equalTo(null));
        given().queryParam("month", "2039-01").get("/api/reports/2039").then().body("totals.cases", equalTo(2));
        given().queryParam("month", "2040-01").get("/api/reports/2039").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("month"));
    }

    @Test
    void everySectionIsACsvAndThePublicVariantNeverShowsACountOfOneToFour() {
        for (int i = 0; i < 6; i++) {
            open("2040-03-0" + (i + 1) + "T10:00:00Z", Gender.FEMALE);
        }
        open("2040-03-09T10:00:00Z", Gender.MALE);
        awaitReport(2040, "totals.cases", 7);

        String genders = given().get("/api/reports/2040/genders.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(genders).isEqualTo("genders,value\r\nFEMALE,6\r\nMALE,1\r\n");
        String publicGenders = given().queryParam("public", true).get("/api/reports/2040/genders.csv").then()
                .statusCode(200).extract().asString();
        // 7 cases in all, so FEMALE 6 would give MALE 1 away: it is withheld with it
        assertThat(publicGenders).isEqualTo("genders,value\r\nFEMALE,withheld\r\nMALE,<5\r\n");
        assertThat(given().get("/api/reports/2040/ageBandsByGender.csv").then().statusCode(200).extract().asString())
                .startsWith("ageBandsByGender,FEMALE,MALE\r\nAGE_18_30,6,1\r\n");
        given().get("/api/reports/2040/nonsense.csv").then().statusCode(404)
                .body("errors[0].allowedValues", org.hamcrest.Matchers.hasItem("fiaTravelDistances"));

        given().queryParam("public", true).get("/api/reports/2040").then()
                .body("totals.cases", equalTo(7))
                .body("genders.MALE", equalTo("<5"))
                .body("genders.FEMALE", equalTo("withheld"))
                .body("casesByMonth.'2040-01'", equalTo(0));
        // no section of the public report or of any public CSV has a count from 1 to 4
        String publicReport = given().queryParam("public", true).get("/api/reports/2040").then().extract().asString();
        assertThat(publicReport).doesNotContainPattern("[:,\\[]\\s*[1-4]\\s*[,}\\]]");
        List<String> sections = given().get("/api/reports/2040").then().extract().jsonPath().getMap("$").keySet()
                .stream().map(String::valueOf).filter(k -> !k.equals("year")).toList();
        for (String section : sections) {
            String csv = given().queryParam("public", true).get("/api/reports/2040/" + section + ".csv").then()
                    .statusCode(200).extract().asString();
            assertThat(csv).as(section).doesNotContainPattern("(^|,)[1-4](\\r|,)");
        }
    }

    private UUID open(String openedAt, Gender gender) {
        UUID caseId = UUID.randomUUID();
        producers.publish(SampleEvents.opening(caseId).contactId(UUID.randomUUID()).openedAt(openedAt).gender(gender)
                .build());
        return caseId;
    }

    private void classify(UUID caseId, ComplaintType... types) {
        producers.publish(SampleEvents.classification(caseId).at(Instant.now()).types(types)
                .platforms(Platform.INSTAGRAM).relationship(Relationship.STRANGER).mentalHealthConcern(false).build());
    }
}
