package org.helpline.escalations.escalation.ageing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.platform.testing.CloudEventWriter;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.testing.Staff;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Two more sweeps racing the scheduled one over the same overdue escalations, as two more instances
 * of the service would over the same database: every escalation is still resolved exactly once.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class RacingSweepsTest {

    @Inject
    UnansweredEscalations sweeps;

    private final TopicProbe topics = new TopicProbe(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @BeforeEach
    void signInAsSupervisor() {
        RestAssured.requestSpecification = Staff.as(Staff.SUPERVISOR);
    }

    @Test
    void concurrentSweepsResolveEachOverdueEscalationExactlyOnce() throws Exception {
        UUID caseId = UUID.randomUUID();
        new CloudEventWriter(topics).publish(SampleEvents.caseOpened(caseId, Instant.parse("2023-04-01T10:00:00Z")));
        List<String> escalations = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> escalate(caseId) == 201);
        for (int i = 0; i < 30; i++) {
            escalations.add(given().contentType(ContentType.JSON)
                    .body(Map.of("caseId", caseId.toString(), "platform", "SNAPCHAT", "reason", "NCII"))
                    .post("/api/escalations").then().statusCode(201).extract().path("escalationId"));
        }
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            List<Future<?>> racing = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                racing.add(instances.submit(() -> {
                    while (System.nanoTime() < until) {
                        sweeps.sweep();
                    }
                    return null;
                }));
            }
            for (Future<?> sweep : racing) {
                sweep.get(30, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }

        for (String escalationId : escalations) {
            await().atMost(Duration.ofSeconds(15)).until(() -> "NO_RESPONSE".equals(
                    given().get("/api/escalations/" + escalationId).then().extract().path("outcome")));
        }
        // the probe escalation ages too: 31 resolutions are due, and a duplicate would make 32
        topics.awaitAll(Topics.ESCALATIONS, r -> resolutionOf(r, caseId), 31, Duration.ofSeconds(20));
        List<String> resolutions = topics.readAll(Topics.ESCALATIONS, r -> resolutionOf(r, caseId)).stream()
                .map(r -> r.value()).toList();
        assertThat(resolutions).hasSize(31);
        for (String escalationId : escalations) {
            assertThat(resolutions).filteredOn(v -> v.contains(escalationId)).hasSize(1);
        }
    }

    private static boolean resolutionOf(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record,
            UUID caseId) {
        return "EscalationResolved".equals(TopicProbe.header(record, "ce_type")) && record.key().equals(caseId.toString());
    }

    private static int escalate(UUID caseId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId.toString(), "platform", "SNAPCHAT", "reason", "OTHER"))
                .post("/api/escalations").statusCode();
    }
}
