package org.helpline.referrals.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.contracts.referrals.ReferralMade;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.geo.City;
import org.helpline.geo.Gazetteer;
import org.helpline.platform.aggregate.CommandLoop;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.OpenedCases;
import org.helpline.platform.testing.TopicProbe;
import org.helpline.referrals.ReferralServiceTest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class ReferralFlowTest extends ReferralServiceTest {

    @Test
    void anFiaReferralGoesToTheNearestWingAndIsPublishedAsReferredToFIA() {
        UUID caseId = OpenedCases.open(topics);

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
    void anFiaReferralOfAComplainantWhoDidNotSayWhereSheLivesGoesToTheWingChosenWithHer() {
        UUID caseId = OpenedCases.open(topics);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("caseId", caseId.toString(), "target", "FIA"));

        json(body).post("/api/referrals").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("wing chosen with her"));
        body.put("wing", "Sialkot");
        json(body).post("/api/referrals").then().statusCode(409)
                .contentType("application/problem+json");
        body.put("wing", "lahore");
        String referralId = json(body).post("/api/referrals").then()
                .statusCode(201).body("wing", equalTo("Lahore")).body("distanceKm", nullValue())
                // an FIA answer always has the three fields: a client reads null as "her city is not known"
                .body("$", org.hamcrest.Matchers.hasKey("distanceKm")).body("$", org.hamcrest.Matchers.hasKey("sameCity"))
                .body("sameCity", nullValue()).extract().path("referralId");

        ConsumerRecord<String, String> record = topics.await(Topics.REFERRALS,
                r -> "ReferredToFIA".equals(TopicProbe.header(r, "ce_type")) && r.value().contains(referralId),
                Duration.ofSeconds(15));
        assertThat(record.value()).contains("\"wing\":\"Lahore\"").doesNotContain("\"distanceKm\":0");
    }

    @Inject
    EventStore store;

    @Inject
    CommandLoop loop;

    @Inject
    ReferralStreams streams;

    @Test
    void aReferralMadeBeforeTheReadModelExistedIsListedAfterTheBackfill() {
        UUID caseId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        // as an earlier version stored it: the stream only, no read-model row
        QuarkusTransaction.requiringNew().run(() -> store.append(ReferralStreams.STREAM_TYPE, referralId.toString(), 0,
                List.of(NewEvent.of(new ReferralMade(caseId, referralId, ReferralTarget.POLICE, "Lahore",
                        Instant.now()))), EventMetadata.newFlow("earlier-version")));
        given().queryParam("caseId", caseId).get("/api/referrals").then().body("size()", equalTo(0));

        assertThat(loop.recordMissingRows(streams, 500)).isPositive();

        given().queryParam("caseId", caseId).get("/api/referrals").then().body("size()", equalTo(1))
                .body("[0].target", equalTo("POLICE"));
    }

    @Test
    void theSameReferralSentTwiceUnderItsIdIsMadeOnceAndPublishedOnce() {
        UUID caseId = OpenedCases.open(topics);
        UUID referralId = UUID.randomUUID();
        Map<String, Object> body = Map.of("referralId", referralId.toString(), "caseId", caseId.toString(), "target",
                "FIA", "city", "Sialkot");

        json(body).post("/api/referrals").then().statusCode(201).body("referralId", equalTo(referralId.toString()))
                .body("wing", equalTo("Gujranwala"));
        json(body).post("/api/referrals").then().statusCode(201).body("referralId", equalTo(referralId.toString()))
                .body("wing", equalTo("Gujranwala"));
        json(Map.of("referralId", referralId.toString(), "caseId", OpenedCases.open(topics).toString(), "target",
                "FIA", "city", "Sialkot")).post("/api/referrals").then().statusCode(409)
                .contentType("application/problem+json");

        given().queryParam("caseId", caseId).get("/api/referrals").then().body("size()", equalTo(1));
        topics.awaitExactly(Topics.REFERRALS, r -> r.value().contains(referralId.toString()), 1,
                Duration.ofSeconds(15));
    }

    @Test
    void referralsWithoutAnOutcomeAreListedOldestFirstUntilOneIsRecorded() {
        UUID caseId = OpenedCases.open(topics);
        String older = refer(caseId, "POLICE", "Lahore").statusCode(201).extract().path("referralId");
        String newer = refer(caseId, "LAWYER", "Lahore").statusCode(201).extract().path("referralId");
        String answered = refer(caseId, "FIA", "Lahore").statusCode(201).extract().path("referralId");
        outcome(answered, "COMPLAINT_REGISTERED").statusCode(200);

        given().queryParam("caseId", caseId).queryParam("withoutOutcome", true).get("/api/referrals").then()
                .statusCode(200).body("referralId", contains(older, newer));
        given().queryParam("caseId", caseId).get("/api/referrals").then().body("size()", equalTo(3));
    }

    @Test
    void referralsOfSeveralCasesAreListedTogetherAndNoneOfTheOthers() {
        UUID first = OpenedCases.open(topics);
        UUID second = OpenedCases.open(topics);
        UUID someoneElses = OpenedCases.open(topics);
        String ofFirst = refer(first, "LAWYER", "Lahore").statusCode(201).extract().path("referralId");
        String ofSecond = refer(second, "MENTAL_HEALTH", "Lahore").statusCode(201).extract().path("referralId");
        refer(someoneElses, "LAWYER", "Lahore").statusCode(201);

        given().queryParam("caseId", first, second).queryParam("withoutOutcome", "true").get("/api/referrals")
                .then().statusCode(200).body("referralId", contains(ofFirst, ofSecond));
    }

    @Test
    void aWithoutOutcomeThatIsNeitherTrueNorFalseIsRefusedNotReadAsFalse() {
        given().queryParam("withoutOutcome", "yes").get("/api/referrals").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("withoutOutcome"));
    }

    @Test
    void aReferralToALawyerIsPublishedAsReferralMade() {
        UUID caseId = OpenedCases.open(topics);
        String referralId = refer(caseId, "LAWYER", "Lahore").statusCode(201).extract().path("referralId");

        ConsumerRecord<String, String> record = topics.await(Topics.REFERRALS,
                r -> "ReferralMade".equals(TopicProbe.header(r, "ce_type")) && r.value().contains(referralId),
                Duration.ofSeconds(15));
        assertThat(record.key()).isEqualTo(caseId.toString());
        assertThat(record.value()).contains("\"target\":\"LAWYER\"");
    }

    @Test
    void outcomesAreRecordedInOrderUntilOneEndsTheReferral() {
        UUID caseId = OpenedCases.open(topics);
        String referralId = refer(caseId, "FIA", "Bahawalpur").statusCode(201).extract().path("referralId");

        outcome(referralId, "COMPLAINT_REGISTERED").statusCode(200).body("outcome", equalTo("COMPLAINT_REGISTERED"));
        outcome(referralId, "COMPLAINT_REGISTERED").statusCode(409).contentType("application/problem+json");
        outcome(referralId, "FIR_LODGED").statusCode(200);
        outcome(referralId, "RESOLVED").statusCode(200)
                .body("outcomes", contains("COMPLAINT_REGISTERED", "FIR_LODGED", "RESOLVED"))
                .body("steps.outcome", contains("COMPLAINT_REGISTERED", "FIR_LODGED", "RESOLVED"))
                .body("steps.recordedAt", everyItem(notNullValue()));
        outcome(referralId, "DECLINED").statusCode(409).body("detail", containsString("already ended as RESOLVED"));
        outcome(UUID.randomUUID().toString(), "RESOLVED").statusCode(404);
        outcome(referralId, "LOST_IN_THE_POST").statusCode(400).body("errors[0].field", equalTo("outcome"));

        // the refused repeat and the refused outcome after the end published nothing: exactly the three, in order
        List<String> published = topics.awaitExactly(Topics.REFERRALS, r -> "ReferralOutcomeRecorded".equals(
                TopicProbe.header(r, "ce_type")) && r.value().contains(referralId), 3, Duration.ofSeconds(15))
                .stream().map(r -> r.value()).toList();
        assertThat(published.get(0)).contains("COMPLAINT_REGISTERED");
        assertThat(published.get(1)).contains("FIR_LODGED");
        assertThat(published.get(2)).contains("\"RESOLVED\"");
        given().queryParam("caseId", caseId).queryParam("target", "FIA").get("/api/referrals").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].outcome", equalTo("RESOLVED"))
                .body("[0].wing", equalTo("Multan"));
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

    @Test
    void everyWingCityIsItsOwnNearestWingAndOtherCitiesMatchAnIndependentGreatCircleComputation() {
        List<Map<String, Object>> wings = given().get("/api/fia-wings").then().extract().path("$");
        for (Map<String, Object> wing : wings) {
            given().queryParam("city", wing.get("name")).get("/api/fia-wings/nearest").then().statusCode(200)
                    .body("wing", equalTo(wing.get("name"))).body("distanceKm", equalTo(0))
                    .body("sameCity", equalTo(true));
        }
        List<City> others = Gazetteer.pakistan().cities().stream()
                .filter(c -> wings.stream().noneMatch(w -> w.get("name").equals(c.name()))).limit(30).toList();
        assertThat(others).hasSizeGreaterThanOrEqualTo(20);
        for (City city : others) {
            Map<String, Object> expected = wings.stream().min(Comparator.comparingDouble(w -> haversineKm(city, w)))
                    .orElseThrow();
            int answered = given().queryParam("city", city.name()).get("/api/fia-wings/nearest").then().statusCode(200)
                    .body("wing", equalTo(expected.get("name"))).extract().path("distanceKm");
            assertThat((double) answered).as(city.name()).isCloseTo(haversineKm(city, expected), within(1.0));
        }
    }

    /** Written here again on purpose, so that the service's own formula is checked, not reused. */
    private static double haversineKm(City city, Map<String, Object> wing) {
        double lat1 = Math.toRadians(city.latitude());
        double lat2 = Math.toRadians(((Number) wing.get("latitude")).doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(((Number) wing.get("longitude")).doubleValue() - city.longitude());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(a));
    }
}
