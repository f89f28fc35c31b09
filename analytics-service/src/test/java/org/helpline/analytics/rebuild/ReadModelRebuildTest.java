package org.helpline.analytics.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.helpline.analytics.AnalyticsServiceTest;
import org.helpline.contracts.Topics;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.contracts.escalations.EscalationResolved;
import org.helpline.contracts.escalations.EscalationSent;
import org.helpline.contracts.referrals.ReferredToFIA;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.SampleEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A rebuild replays every topic into new read models while the live ones answer, and changes no figure.
 * The methods run in order: the last one deletes the beginning of a topic, which cannot be undone, and
 * every rebuild after it would be refused (this is the only class of the module that rebuilds).
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadModelRebuildTest extends AnalyticsServiceTest {

    private static final int YEAR = 2045;
    private static final String REBUILD = "/api/projections/rebuild";
    /** After dozens of events at once, or after a rebuild, the consumers take longer to catch up. */
    private static final Duration CATCHING_UP = Duration.ofSeconds(30);

    @Test
    @Order(1)
    void aRebuildGivesTheIdenticalReportWhileTheServiceKeepsAnsweringAndThenKeepsCounting() throws Exception {
        Instant at = Instant.parse(YEAR + "-04-01T10:00:00Z");
        for (int i = 0; i < 40; i++) {
            UUID caseId = UUID.randomUUID();
            producers.publish(SampleEvents.caseOpened(caseId, at.plusSeconds(86_400L * i)));
            producers.publish(SampleEvents.classification(caseId).at(at.plusSeconds(86_400L * i + 60))
                    .types(i % 3 == 0 ? ComplaintType.BLACKMAILING : ComplaintType.HACKING, ComplaintType.NCII)
                    .platforms(Platform.INSTAGRAM).mentalHealthConcern(i % 2 == 0).build());
            if (i % 4 == 0) {
                UUID escalation = UUID.randomUUID();
                producers.publish(new EscalationSent(caseId, escalation, Platform.INSTAGRAM, EscalationReason.NCII, at));
                producers.publish(new EscalationResolved(caseId, escalation, Platform.INSTAGRAM,
                        i % 8 == 0 ? EscalationOutcome.RESOLVED : EscalationOutcome.NO_RESPONSE, at.plusSeconds(7200)));
            }
            if (i % 5 == 0) {
                producers.publish(new ReferredToFIA(caseId, UUID.randomUUID(), "Multan", "Bahawalpur", 86, false, at));
                producers.publish(new FollowUpReceived(caseId, UUID.randomUUID(), at.plusSeconds(99_000), Channel.EMAIL));
            }
        }
        awaitReport(CATCHING_UP, YEAR, "totals.contacts", 48);
        awaitReport(YEAR, "escalationsByPlatform.INSTAGRAM.sent", 10);
        awaitReport(YEAR, "referrals.FIA", 8);
        Map<Integer, String> before = everyYear();

        // cases keep arriving during the replay and the switch: each must be counted exactly once
        AtomicInteger during = new AtomicInteger();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Thread intake = new Thread(() -> {
            while (rebuilding.get()) {
                producers.publish(SampleEvents.caseOpened(UUID.randomUUID(), Instant.parse("2046-05-05T10:00:00Z")));
                during.incrementAndGet();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        intake.start();
        given().post(REBUILD).then().statusCode(202);
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                // the live read models answer throughout
                given().get("/api/reports/" + YEAR).then().statusCode(200).body("totals.cases", equalTo(40));
                given().get("/api/projections/rebuild").then().statusCode(200).body("state", equalTo("DONE"));
            });
        } finally {
            rebuilding.set(false);
            intake.join();
        }
        Map<String, Object> done = given().get("/api/projections/rebuild").then().extract().jsonPath().getMap("$");
        assertThat(((Number) done.get("eventsDone")).longValue()).isGreaterThanOrEqualTo(40 * 2 + 20 + 16);

        assertThat(everyYear()).isEqualTo(before);
        assertThat(during.get()).isPositive();
        awaitReport(CATCHING_UP, 2046, "totals.cases", during.get());

        producers.publish(SampleEvents.caseOpened(UUID.randomUUID(), at));
        awaitReport(CATCHING_UP, YEAR, "totals.cases", 41);
    }

    /**
     * Held deterministically, not by timing: a rebuild first drops and re-creates schema report_rebuild, so a
     * table in it that this test keeps locked holds the rebuild in REPLAYING (the live tables stay free).
     */
    @Test
    @Order(2)
    void aSecondRebuildIsRefusedWithConflictWhileOneIsRunning() throws Exception {
        try (Connection held = database.getConnection(); Statement sql = held.createStatement()) {
            sql.execute("create schema if not exists report_rebuild");
            sql.execute("create table if not exists report_rebuild.held_by_test ()");
            held.setAutoCommit(false);
            sql.execute("lock table report_rebuild.held_by_test in access exclusive mode");
            given().post(REBUILD).then().statusCode(202);
            given().post(REBUILD).then().statusCode(409).contentType(containsString("problem+json"))
                    .body("status", equalTo(409));
            given().get(REBUILD).then().body("state", equalTo("REPLAYING"));
            held.rollback();
        }
        awaitRebuild("DONE");
    }

    /**
     * What retention (or an operator's deleteRecords) leaves: the first offset of a partition above 0. A
     * rebuild from it would swap a shorter history in; it must fail and leave the live report as it was.
     */
    @Test
    @Order(3)
    void aRebuildRefusesATopicWhoseBeginningWasDeletedAndLeavesTheReportAsItWas() throws Exception {
        UUID caseId = UUID.randomUUID();
        producers.publish(SampleEvents.caseOpened(caseId, Instant.parse("2047-02-01T10:00:00Z")));
        producers.publish(new ReferredToFIA(caseId, UUID.randomUUID(), "Multan", "Bahawalpur", 86, false,
                Instant.parse("2047-02-02T10:00:00Z")));
        awaitReport(2047, "referrals.FIA", 1);
        // its partition is applied in order up to this referral: the deleted first record was applied live
        int partition = topics.await(Topics.REFERRALS, r -> caseId.toString().equals(r.key()), Duration.ofSeconds(10))
                .partition();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class)))) {
            TopicPartition truncated = new TopicPartition(Topics.REFERRALS, partition);
            admin.deleteRecords(Map.of(truncated, RecordsToDelete.beforeOffset(1))).all().get(10, TimeUnit.SECONDS);
            assertThat(admin.listOffsets(Map.of(truncated, OffsetSpec.earliest())).all().get(10, TimeUnit.SECONDS)
                    .get(truncated).offset()).isEqualTo(1);
        }
        Map<Integer, String> before = everyYear();
        String before2047 = given().get("/api/reports/2047").then().extract().asString();

        given().post(REBUILD).then().statusCode(202);
        awaitRebuild("FAILED");
        given().get(REBUILD).then().body("error", containsString("no longer hold every event"));
        assertThat(everyYear()).isEqualTo(before);
        assertThat(given().get("/api/reports/2047").then().extract().asString()).isEqualTo(before2047);

        // the live read models are still fed
        producers.publish(SampleEvents.caseOpened(UUID.randomUUID(), Instant.parse("2047-03-01T10:00:00Z")));
        awaitReport(2047, "totals.cases", 2);
    }

    /** Waits for the rebuild to end either way, so that a wrong ending fails at once rather than at a timeout. */
    private static void awaitRebuild(String outcome) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get(REBUILD).then().statusCode(200).body("state", anyOf(equalTo("DONE"), equalTo("FAILED"))));
        given().get(REBUILD).then().body("state", equalTo(outcome));
    }

    /** Every report year any test of this module uses, as the JSON text analytics answers. */
    private static Map<Integer, String> everyYear() {
        Map<Integer, String> reports = new LinkedHashMap<>();
        for (int year = 2031; year <= YEAR; year++) {
            reports.put(year, given().get("/api/reports/" + year).then().statusCode(200).extract().asString());
        }
        return reports;
    }
}
