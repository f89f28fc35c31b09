package org.helpline.escalations.escalation.ageing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.escalations.EscalationServiceTest;
import org.helpline.escalations.escalation.listing.EscalationViews;
import org.helpline.platform.testing.HeldJob;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.OpenedCases;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two sweeps working the same overdue escalations at the same moment, as two instances of the service
 * over one database would: every escalation is still resolved exactly once. The test holds the event
 * store (LOCK ... IN SHARE MODE: reads go on, appends wait) until both sweeps are inside an append, so
 * the overlap is shown, not hoped for.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class RacingSweepsTest extends EscalationServiceTest {

    private static final int OVERDUE = 30;

    @Inject
    UnansweredEscalations sweeps;

    @Inject
    EscalationViews views;

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    @Test
    void twoSweepsOverTheSameOverdueEscalationsAtOnceResolveEachExactlyOnce() throws Exception {
        UUID caseId = OpenedCases.open(topics);
        List<UUID> escalations = new ArrayList<>();
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try (HeldJob held = HeldJob.held("UnansweredEscalations")) {
            for (int i = 0; i < OVERDUE; i++) {
                escalations.add(UUID.fromString(
                        escalate(caseId, "SNAPCHAT", "NCII").statusCode(201).extract().path("escalationId")));
            }
            // SNAPCHAT ages after 3 s in the test profile; the scheduled sweep is held, so all stay overdue
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> QuarkusTransaction
                    .requiringNew().call(() -> views.overdue(clock.instant(), 1000)).containsAll(escalations));

            List<Future<?>> racing = new ArrayList<>();
            try (Connection holder = dataSource.getConnection()) {
                holder.setAutoCommit(false);
                try (Statement lock = holder.createStatement()) {
                    lock.execute("lock table event_store in share mode");
                }
                for (int i = 0; i < 2; i++) {
                    racing.add(instances.submit(() -> {
                        sweeps.sweep();
                        return null;
                    }));
                }
                // each has read the overdue rows, locked one (a different one: SKIP LOCKED) and waits to append
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                        .until(() -> appendsWaitingOnTheEventStore() >= 2);
                assertThat(racing).noneMatch(Future::isDone);
                holder.commit();
            }
            for (Future<?> sweep : racing) {
                sweep.get(60, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }

        Map<String, Integer> resolutions = resolutionsInTheEventStore(escalations);
        for (UUID escalationId : escalations) {
            assertThat(resolutions.get(escalationId.toString())).as("resolutions of " + escalationId).isEqualTo(1);
            given().get("/api/escalations/" + escalationId).then().statusCode(200)
                    .body("outcome", org.hamcrest.Matchers.equalTo("NO_RESPONSE"));
        }
        List<String> published = topics.awaitExactly(Topics.ESCALATIONS,
                r -> "EscalationResolved".equals(TopicProbe.header(r, "ce_type")) && caseId.toString().equals(r.key()),
                OVERDUE, Duration.ofSeconds(30)).stream().map(r -> r.value()).toList();
        for (UUID escalationId : escalations) {
            assertThat(published).filteredOn(v -> v.contains(escalationId.toString())).hasSize(1);
        }
    }

    private int appendsWaitingOnTheEventStore() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement();
                ResultSet waiting = query.executeQuery("""
                        select count(*) from pg_locks l join pg_class c on c.oid = l.relation
                         where c.relname = 'event_store' and not l.granted""")) {
            waiting.next();
            return waiting.getInt(1);
        }
    }

    private Map<String, Integer> resolutionsInTheEventStore(List<UUID> escalations) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select stream_id, count(*) from event_store
                         where event_type = 'EscalationResolved' and stream_id = any (?) group by stream_id""")) {
            query.setArray(1, connection.createArrayOf("text", escalations.stream().map(UUID::toString).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }
}
