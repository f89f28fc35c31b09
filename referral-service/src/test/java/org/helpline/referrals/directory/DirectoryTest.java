package org.helpline.referrals.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.referrals.ReferralServiceTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The lawyer and counsellor directories: validated, maintained over REST, listed nearest first. */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class DirectoryTest extends ReferralServiceTest {

    @Test
    void lawyersAreListedNearestFirstFromTheComplainantsCity() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String karachi = add("lawyers", "Advocate K " + tag, "Karachi").statusCode(201).extract().path("entryId");
        String multan = add("lawyers", "Advocate M " + tag, "multan").statusCode(201)
                .body("city", equalTo("Multan")).extract().path("entryId");
        String lahore = add("lawyers", "Advocate L " + tag, "Lahore").statusCode(201).extract().path("entryId");

        given().queryParam("city", "Bahawalpur").get("/api/directory/lawyers").then().statusCode(200)
                .body("findAll { it.name.endsWith('" + tag + "') }.entryId", contains(multan, lahore, karachi))
                .body("find { it.entryId == '" + multan + "' }.distanceKm", closeTo(86, 1))
                .body("find { it.entryId == '" + lahore + "' }.distanceKm", closeTo(349, 1))
                .body("find { it.entryId == '" + karachi + "' }.distanceKm", closeTo(685, 1));
        given().queryParam("city", "Atlantis").get("/api/directory/lawyers").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/directory/counsellors").then().body("entryId", org.hamcrest.Matchers.not(hasItem(multan)));
    }

    @Test
    void entriesAreValidatedChangedAndRemoved() {
        add("counsellors", "Counsellor", "Atlantis").statusCode(400).body("errors[0].field", equalTo("city"));
        json(Map.of("name", "", "city", "Lahore", "languages", List.of(),
                "areas", List.of())).post("/api/directory/counsellors").then().statusCode(400)
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("languages"));

        String id = add("counsellors", "Dr. Counsellor", "Quetta").statusCode(201).extract().path("entryId");
        json(Map.of("name", "Dr. Counsellor", "city", "Peshawar",
                "languages", List.of("Pashto", "Urdu"), "areas", List.of("trauma"))).put("/api/directory/counsellors/" + id)
                .then().statusCode(200).body("city", equalTo("Peshawar")).body("languages", contains("Pashto", "Urdu"));
        given().get("/api/directory/lawyers/" + id).then().statusCode(404);
        given().delete("/api/directory/counsellors/" + id).then().statusCode(204);
        given().get("/api/directory/counsellors/" + id).then().statusCode(404);
    }

    /**
     * Great-circle kilometres from Bahawalpur (29.3956 N, 71.6836 E), worked out apart from the service
     * (haversine, R = 6371 km): Multan (30.1575 N, 71.5249 E) 86.1, Lahore (31.5204 N, 74.3587 E) 348.6,
     * Karachi (24.8607 N, 67.0011 E) 684.7; within 1 km of the service's whole kilometres.
     */
    private static org.hamcrest.Matcher<Integer> closeTo(int km, int tolerance) {
        return org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(km - tolerance))
                .and(org.hamcrest.Matchers.lessThanOrEqualTo(km + tolerance));
    }

    private static io.restassured.response.ValidatableResponse add(String kind, String name, String city) {
        return json(Map.of("name", name, "city", city,
                "languages", List.of("Urdu", "English"), "areas", List.of("cybercrime", "family law"),
                "contact", "chambers, by appointment")).post("/api/directory/" + kind).then();
    }
}
