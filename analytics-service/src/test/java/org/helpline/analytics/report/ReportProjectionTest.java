package org.helpline.analytics.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.helpline.analytics.AnalyticsServiceTest;
import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.cases.ServiceProvided;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.contracts.escalations.EscalationResolved;
import org.helpline.contracts.escalations.EscalationSent;
import org.helpline.contracts.referrals.ReferralMade;
import org.helpline.contracts.referrals.ReferralOutcomeRecorded;
import org.helpline.contracts.referrals.ReferredToFIA;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.contracts.vocabulary.Service;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.SampleEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The report is built only from events on the four topics. Each test uses its own year, so tests do
 * not see each other's cases.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class ReportProjectionTest extends AnalyticsServiceTest {

    @Test
    void casesCountInTheMonthTheyWereOpenedAndFollowUpsCountAsContactsOnly() {
        UUID january = open("2031-01-15T10:00:00Z");
        open("2031-02-03T10:00:00Z");
        // 20:00 UTC on 31 March is already 1 April in Pakistan (UTC+5)
        open("2031-03-31T20:00:00Z");
        producers.publish(new FollowUpReceived(january, UUID.randomUUID(), Instant.parse("2031-02-01T09:00:00Z"),
                Channel.PHONE));

        awaitReport(2031, "totals.contacts", 4);
        given().get("/api/reports/2031").then()
                .body("totals", equalTo(Map.of("cases", 3, "contacts", 4, "followUps", 1)))
                .body("casesByMonth.'2031-01'", equalTo(1))
                .body("casesByMonth.'2031-03'", equalTo(0))
                .body("casesByMonth.'2031-04'", equalTo(1))
                .body("genders.FEMALE", equalTo(3));
    }

    @Test
    void aReclassifiedCaseMovesBetweenCategoriesAndIsNeverCountedTwice() {
        UUID caseId = open("2032-05-01T10:00:00Z");
        producers.publish(classified(caseId, Category.GENERAL_INQUIRY, ComplaintType.INFORMATION_REQUEST));
        producers.publish(classified(caseId, Category.CYBER_HARASSMENT, ComplaintType.BLACKMAILING));

        awaitReport(2032, "categories.CYBER_HARASSMENT", 1);
        given().get("/api/reports/2032").then()
                .body("categories.GENERAL_INQUIRY", equalTo(null))
                .body("complaintTypesByGender.BLACKMAILING.total", equalTo(1))
                .body("complaintTypesByGender.BLACKMAILING.FEMALE", equalTo(1))
                .body("complaintTypesByGender.INFORMATION_REQUEST", equalTo(null));
    }

    /**
     * Every statement of the projector is keyed, so a redelivery of the same event is harmless by itself;
     * what only the inbox prevents is an older event redelivered after a newer one (the outbox relay
     * re-sends a batch after a crash, with the same ce_id): applied again, it would overwrite the newer state.
     */
    @Test
    void aRedeliveredEarlierClassificationDoesNotMoveTheCaseBack() {
        UUID caseId = open("2033-06-01T10:00:00Z");
        ComplaintClassified first = classified(caseId, Category.GENERAL_INQUIRY, ComplaintType.INFORMATION_REQUEST);
        UUID firstId = producers.publish(first);
        producers.publish(classified(caseId, Category.CYBER_HARASSMENT, ComplaintType.BLACKMAILING));
        producers.publish(firstId, first);
        // same topic and key, so the same partition: once it shows, the redelivery before it was applied too
        producers.publish(new ServiceProvided(caseId, Instant.parse("2033-06-03T10:00:00Z"), Service.LEGAL_ADVICE));

        awaitReport(2033, "services.LEGAL_ADVICE", 1);
        given().get("/api/reports/2033").then()
                .body("totals.cases", equalTo(1))
                .body("categories.CYBER_HARASSMENT", equalTo(1))
                .body("categories.GENERAL_INQUIRY", equalTo(null))
                .body("complaintTypesByGender.BLACKMAILING.total", equalTo(1))
                .body("complaintTypesByGender.INFORMATION_REQUEST", equalTo(null));
    }

    @Test
    void escalationsArePerPlatformWithTheirResolutionRate() {
        UUID caseId = open("2034-03-01T10:00:00Z");
        Instant sent = Instant.parse("2034-03-02T10:00:00Z");
        UUID resolved = escalate(caseId, Platform.TIKTOK, sent);
        escalate(caseId, Platform.TIKTOK, sent);
        UUID unanswered = escalate(caseId, Platform.TIKTOK, sent);
        escalate(caseId, Platform.X, sent);
        producers.publish(new EscalationResolved(caseId, resolved, Platform.TIKTOK, EscalationOutcome.RESOLVED,
                sent.plusSeconds(86_400)));
        producers.publish(new EscalationResolved(caseId, unanswered, Platform.TIKTOK, EscalationOutcome.NO_RESPONSE,
                sent.plusSeconds(86_400 * 14)));

        awaitReport(2034, "escalationsByPlatform.TIKTOK.unresolved", 1);
        given().get("/api/reports/2034").then()
                .body("escalationsByPlatform.TIKTOK", equalTo(Map.of("sent", 3, "resolved", 1, "unresolved", 1,
                        "pending", 1, "resolutionRate", 0.333f)))
                .body("escalationsByPlatform.X.pending", equalTo(1));
    }

    @Test
    void referralsAreCountedByTargetAndFiaReferralsByWhetherTheCityHasAWing() {
        UUID caseId = open("2035-07-01T10:00:00Z");
        Instant at = Instant.parse("2035-07-02T10:00:00Z");
        producers.publish(new ReferredToFIA(caseId, UUID.randomUUID(), "Multan", "Bahawalpur", 89, false, at));
        producers.publish(new ReferredToFIA(caseId, UUID.randomUUID(), "Lahore", "Lahore", 0, true, at));
        // she did not say where she lives: the wing was chosen with her, no city and no distance
        producers.publish(new ReferredToFIA(caseId, UUID.randomUUID(), "Lahore", null, null, null, at));
        producers.publish(new ReferralMade(caseId, UUID.randomUUID(), ReferralTarget.LAWYER, "Lahore", at));

        awaitReport(2035, "referrals.LAWYER", 1);
        given().get("/api/reports/2035").then()
                .body("referrals.FIA", equalTo(3))
                .body("fiaReferrals", equalTo(Map.of("total", 3, "fromWingCities", 1, "fromOtherCities", 1,
                        "fromUnknownLocations", 1)))
                .body("fiaWingCities.Lahore", equalTo(2))
                // the referral without a city has no distance: two of the three are in a band
                .body("fiaTravelDistances", equalTo(travelDistances(1, 0, 1, 0, 0, 0)));
    }

    @Test
    void metaGroupsFacebookInstagramAndWhatsappAndCallerTypesAreSplitByGender() {
        UUID herself = open("2050-05-01T10:00:00Z");
        UUID forHer = UUID.randomUUID();
        producers.publish(SampleEvents.opening(forHer).openedAt("2050-05-02T10:00:00Z").caseNumber("CH-2050-000002")
                .callerType(CallerType.ON_BEHALF).build());
        producers.publish(SampleEvents.classification(herself).at(Instant.now()).types(ComplaintType.HACKING)
                .platforms(Platform.WHATSAPP, Platform.TIKTOK).relationship(Relationship.STRANGER)
                .mentalHealthConcern(false).build());
        producers.publish(SampleEvents.classification(forHer).at(Instant.now()).types(ComplaintType.NCII)
                .platforms(Platform.INSTAGRAM, Platform.FACEBOOK).mentalHealthConcern(false).build());
        Instant at = Instant.parse("2050-05-03T10:00:00Z");
        UUID resolved = escalate(forHer, Platform.INSTAGRAM, at);
        escalate(forHer, Platform.FACEBOOK, at);
        escalate(herself, Platform.TIKTOK, at);
        producers.publish(new EscalationResolved(forHer, resolved, Platform.INSTAGRAM, EscalationOutcome.RESOLVED,
                at.plusSeconds(3600)));

        awaitReport(2050, "metaPlatforms.escalationsResolved", 1);
        awaitReport(2050, "metaPlatforms.allComplaintMentions", 4);
        given().get("/api/reports/2050").then()
                .body("metaPlatforms", equalTo(Map.of("complaintMentions", 3, "allComplaintMentions", 4,
                        "complaintShare", 0.75f, "escalationsSent", 2, "escalationsResolved", 1,
                        "escalationResolutionRate", 0.5f)))
                .body("callerTypesByGender.FEMALE.SELF", equalTo(1))
                .body("callerTypesByGender.FEMALE.ON_BEHALF", equalTo(1));
    }

    @Test
    void fiaReferralsShowTheirWingsTravelDistancesAndOutcomes() {
        UUID caseId = open("2037-03-01T10:00:00Z");
        Instant at = Instant.parse("2037-03-02T10:00:00Z");
        UUID far = UUID.randomUUID();
        UUID lawyer = UUID.randomUUID();
        producers.publish(new ReferredToFIA(caseId, far, "Quetta", "Zhob", 420, false, at));
        producers.publish(new ReferredToFIA(caseId, UUID.randomUUID(), "Multan", "Bahawalpur", 89, false, at));
        producers.publish(new ReferredToFIA(caseId, UUID.randomUUID(), "Multan", "Multan", 0, true, at));
        producers.publish(new ReferralMade(caseId, lawyer, ReferralTarget.LAWYER, "Multan", at));
        producers.publish(new ReferralOutcomeRecorded(caseId, far, ReferralTarget.FIA,
                ReferralOutcome.COMPLAINT_REGISTERED, at.plusSeconds(86_400)));
        producers.publish(new ReferralOutcomeRecorded(caseId, far, ReferralTarget.FIA, ReferralOutcome.FIR_LODGED,
                at.plusSeconds(2 * 86_400)));
        producers.publish(new ReferralOutcomeRecorded(caseId, lawyer, ReferralTarget.LAWYER, ReferralOutcome.RESOLVED,
                at.plusSeconds(3 * 86_400)));

        awaitReport(2037, "referralOutcomes.LAWYER.RESOLVED", 1);
        given().get("/api/reports/2037").then()
                .body("fiaWingCities", equalTo(Map.of("Multan", 2, "Quetta", 1)))
                .body("fiaTravelDistances", equalTo(travelDistances(1, 0, 1, 0, 0, 1)))
                .body("referralOutcomes.FIA", equalTo(Map.of("FIR_LODGED", 1, "PENDING", 2)))
                // each referral counts with its latest outcome only: COMPLAINT_REGISTERED gave way to FIR_LODGED
                .body("referralOutcomes.FIA.COMPLAINT_REGISTERED", equalTo(null));
    }

    /** The section {@code fiaTravelDistances}: every band, in the report's order. */
    private static Map<String, Integer> travelDistances(int none, int upTo50, int upTo100, int upTo200, int upTo400,
            int over400) {
        Map<String, Integer> bands = new LinkedHashMap<>();
        bands.put("0 km", none);
        bands.put("1-50 km", upTo50);
        bands.put("51-100 km", upTo100);
        bands.put("101-200 km", upTo200);
        bands.put("201-400 km", upTo400);
        bands.put("over 400 km", over400);
        return bands;
    }

    private UUID open(String openedAt) {
        UUID caseId = UUID.randomUUID();
        producers.publish(SampleEvents.caseOpened(caseId, Instant.parse(openedAt)));
        return caseId;
    }

    private UUID escalate(UUID caseId, Platform platform, Instant at) {
        UUID escalationId = UUID.randomUUID();
        producers.publish(new EscalationSent(caseId, escalationId, platform, EscalationReason.NCII, at));
        return escalationId;
    }

    private static ComplaintClassified classified(UUID caseId, Category category, ComplaintType type) {
        return SampleEvents.classification(caseId).at(Instant.now()).category(category).types(type)
                .platforms(Platform.FACEBOOK).relationship(Relationship.STRANGER).mentalHealthConcern(false).build();
    }
}
