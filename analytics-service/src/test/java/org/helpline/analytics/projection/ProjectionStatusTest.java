package org.helpline.analytics.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import org.helpline.analytics.AnalyticsServiceTest;
import org.helpline.contracts.Topics;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.SampleEvents;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code /api/projections/status} and the lag gauge tell how far the read models are behind the topics. */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class ProjectionStatusTest extends AnalyticsServiceTest {

    private static final int YEAR = 2036;
    private static final String CONTACTS = Topics.CONTACTS;
    private static final int WAITING = 5;

    /**
     * The consumers are held deterministically, not by timing: a test transaction locks the positions table
     * against writers (readers go on), and a poll's events, inbox and position commit together, so nothing
     * published meanwhile can be applied until the lock goes.
     */
    @Test
    void thePositionReachesTheEndOfTheTopicAndTheLagCountsTheEventsNotYetApplied() throws Exception {
        producers.publish(SampleEvents.caseOpened(UUID.randomUUID(), Instant.parse(YEAR + "-01-01T10:00:00Z")));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(status(CONTACTS).lag()).isZero());
        Status caughtUp = status(CONTACTS);
        assertThat(caughtUp.end()).isEqualTo(endOnKafka(CONTACTS)).isPositive();
        assertThat(caughtUp.position()).isEqualTo(caughtUp.end());
        int casesBefore = given().get("/api/reports/" + YEAR).then().extract().path("totals.cases");

        try (Connection held = database.getConnection(); Statement sql = held.createStatement()) {
            held.setAutoCommit(false);
            sql.execute("lock table projection_position in exclusive mode");
            for (int i = 0; i < WAITING; i++) {
                producers.publish(SampleEvents.caseOpened(UUID.randomUUID(), Instant.parse(YEAR + "-02-01T10:00:00Z")));
            }
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(status(CONTACTS)).isEqualTo(new Status(caughtUp.position(),
                            caughtUp.end() + WAITING, WAITING)));
            assertThat(endOnKafka(CONTACTS)).isEqualTo(caughtUp.end() + WAITING);
            // the gauge is cached for 5 s: waited for, not assumed
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    given().get("/q/metrics").then().statusCode(200).body(containsString(
                            "helpline_projection_lag{topic=\"" + CONTACTS + "\"} " + WAITING + ".0")));
            // the effects wait with their position: none of the waiting cases is counted yet
            given().get("/api/reports/" + YEAR).then().body("totals.cases", equalTo(casesBefore));
            held.rollback();
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(status(CONTACTS)).isEqualTo(new Status(caughtUp.end() + WAITING,
                        caughtUp.end() + WAITING, 0)));
        given().get("/api/reports/" + YEAR).then().body("totals.cases", equalTo(casesBefore + WAITING));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/q/metrics").then().statusCode(200).body(containsString(
                        "helpline_projection_lag{topic=\"" + CONTACTS + "\"} 0.0")));
    }

    private record Status(long position, long end, long lag) {
    }

    private static Status status(String topic) {
        List<Map<String, Object>> all = given().get("/api/projections/status").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertThat(all).extracting(s -> s.get("topic")).containsExactlyInAnyOrderElementsOf(Topics.ALL);
        Map<String, Object> one = all.stream().filter(s -> topic.equals(s.get("topic"))).findFirst().orElseThrow();
        return new Status(((Number) one.get("position")).longValue(), ((Number) one.get("end")).longValue(),
                ((Number) one.get("lag")).longValue());
    }

    /** The topic's end as Kafka itself gives it: the sum of its partitions' next offsets. */
    private static long endOnKafka(String topic) throws Exception {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResultInfo::offset).sum();
        }
    }
}
