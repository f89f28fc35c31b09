package org.helpline.platform.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.contracts.cases.CaseClosed;
import org.helpline.contracts.cases.CaseReopened;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.platform.testapp.CaseReopenedFromV0;
import org.helpline.platform.testapp.PlatformTestApp;
import org.helpline.platform.testapp.ReceivingConsumer;
import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * "Older schema versions are upcast on read", through the real path: a body of an older schemaVersion on
 * Kafka, read by a consumer wired as a service's, with the {@link Upcaster} beans CDI knows
 * ({@link CaseReopenedFromV0} in this test app).
 */
@QuarkusTest
@TestProfile(PlatformTestApp.class)
class UpcastOnReadTest {

    private final TopicProbe topics = TopicProbe.ofTheTestBroker();

    @Inject
    ReceivingConsumer consumer;

    @Test
    void anOlderSchemaVersionOnKafkaReachesTheConsumerUpcastByTheUpcasterBean() {
        UUID caseId = UUID.randomUUID();
        UUID eventId = send("CaseReopened", caseId,
                "{\"schemaVersion\":0,\"caseId\":\"" + caseId + "\",\"at\":\"2023-03-08T09:30:00Z\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> consumer.received(eventId).isPresent());
        assertThat(consumer.received(eventId)).contains(new CaseReopened(caseId, SampleEvents.AT));
    }

    @Test
    void anOlderSchemaVersionWithoutAnUpcasterIsUnreadableAndSetAside() {
        UUID caseId = UUID.randomUUID();
        // a body that is valid in every field but its version: only the missing upcaster makes it unreadable
        String v1 = new EventCodec(List.of()).encode(new CaseClosed(caseId, SampleEvents.AT, CaseOutcome.values()[0]));
        assertThat(v1).startsWith("{\"schemaVersion\":1,");
        UUID eventId = send("CaseClosed", caseId, v1.replaceFirst("\"schemaVersion\":1", "\"schemaVersion\":0"));

        ConsumerRecord<String, String> dead = topics.await(Topics.deadLetterOf(Topics.ESCALATIONS),
                r -> eventId.toString().equals(TopicProbe.header(r, CloudEventHeaders.ID)), Duration.ofSeconds(20));
        assertThat(TopicProbe.header(dead, "dead-letter-reason"))
                .isEqualTo("no upcaster for CaseClosed from schemaVersion 0");
        assertThat(consumer.received(eventId)).isEmpty();
    }

    private UUID send(String type, UUID caseId, String body) {
        UUID eventId = UUID.randomUUID();
        topics.send(Topics.ESCALATIONS, caseId.toString(), body, Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId.toString(),
                CloudEventHeaders.TYPE, type,
                CloudEventHeaders.SOURCE, "/helpline/test",
                CloudEventHeaders.TIME, SampleEvents.AT.toString()));
        return eventId;
    }
}
