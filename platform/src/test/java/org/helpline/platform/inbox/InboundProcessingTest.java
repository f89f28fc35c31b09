package org.helpline.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.platform.domain.RuleViolation;
import org.helpline.platform.testapp.PlatformTestApp;
import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.testing.TopicProbe;
import org.helpline.platform.wire.CloudEventHeaders;
import org.helpline.platform.wire.EventCodec;
import org.helpline.platform.wire.InboundEvent;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A poll is applied in one transaction; poison and broken rules are set aside one record at a time. */
@QuarkusTest
@TestProfile(PlatformTestApp.class)
class InboundProcessingTest {

    private final EventCodec codec = new EventCodec(List.of());
    private final TopicProbe topics = TopicProbe.ofTheTestBroker();

    @Inject
    InboundProcessing processing;
    @Inject
    MeterRegistry metrics;

    @Test
    void aRecordThatBreaksARuleIsSetAsideAndTheRestOfThePollIsApplied() {
        UUID refused = UUID.randomUUID();
        List<ConsumerRecord<String, String>> poll = List.of(caseOpened(UUID.randomUUID(), 10),
                caseOpened(refused, 11), caseOpened(UUID.randomUUID(), 12));

        processing.process("test.rules", batch(poll), event -> {
            if (((CaseOpened) event.event()).caseId().equals(refused)) {
                throw new RuleViolation("refused for the test");
            }
        });

        // what committed is what the inbox remembers: the first attempt (whole poll) was rolled back
        assertThat(remembered("test.rules", poll)).containsExactly(true, false, true);
        ConsumerRecord<String, String> dead = topics.await(Topics.deadLetterOf(Topics.CONTACTS),
                r -> refused.toString().equals(r.key()), Duration.ofSeconds(10));
        assertThat(TopicProbe.header(dead, "dead-letter-reason")).isEqualTo("refused for the test");
        assertThat(TopicProbe.header(dead, "dead-letter-offset")).isEqualTo("11");
        assertThat(TopicProbe.header(dead, "ce_type")).isEqualTo("CaseOpened");
        assertThat(metrics.get("helpline.dead.letters").tags("topic", Topics.CONTACTS, "consumer", "test.rules")
                .counter().count()).as("counted for operators, by topic and consumer").isEqualTo(1);
    }

    @Test
    void aRedeliveredPollChangesNothingAndAnUnreadableRecordIsSetAside() {
        ConsumerRecord<String, String> good = caseOpened(UUID.randomUUID(), 20);
        ConsumerRecord<String, String> garbage = record("garbage-" + UUID.randomUUID(), "{oops", UUID.randomUUID(), 21);
        List<InboundEvent> applied = new ArrayList<>();

        processing.process("test.redelivery", batch(List.of(good, garbage)), applied::add);
        processing.process("test.redelivery", batch(List.of(good)), applied::add);

        // nothing failed here, so the in-memory list is exact: the redelivery was dropped
        assertThat(applied).hasSize(1);
        topics.await(Topics.deadLetterOf(Topics.CONTACTS), r -> garbage.key().equals(r.key()), Duration.ofSeconds(10));
    }

    @Test
    void anEventDeliveredTwiceInOnePollIsAppliedOnce() {
        UUID caseId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String body = codec.encode(SampleEvents.caseOpened(caseId, Instant.now()));
        List<InboundEvent> applied = new ArrayList<>();

        // a relay that crashed between Kafka's acknowledgement and its delete sends the same ce_id again
        processing.process("test.twice-in-a-poll", batch(List.of(record(caseId.toString(), body, eventId, 50),
                record(caseId.toString(), body, eventId, 51))), applied::add);

        assertThat(applied).extracting(InboundEvent::offset).containsExactly(50L);
    }

    @Test
    void eachRecordIsAppliedInASpanContinuingItsPublishersTraceWithItsIdsInTheLogContext() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String publishing = "00f067aa0ba902b7";
        UUID correlation = UUID.randomUUID();
        UUID causation = UUID.randomUUID();
        ConsumerRecord<String, String> record = caseOpened(UUID.randomUUID(), 30);
        header(record, CloudEventHeaders.TRACE_PARENT, "00-" + trace + "-" + publishing + "-01");
        header(record, CloudEventHeaders.CORRELATION_ID, correlation.toString());
        header(record, CloudEventHeaders.CAUSATION_ID, causation.toString());
        List<SpanContext> spans = new ArrayList<>();
        List<List<String>> logContexts = new ArrayList<>();

        processing.process("test.tracing", batch(List.of(record)), event -> {
            spans.add(Span.current().getSpanContext());
            logContexts.add(Stream.of("traceId", "eventId", "correlationId", "causationId")
                    .map(key -> String.valueOf(MDC.get(key))).toList());
        });

        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.getTraceId()).as("the publisher's trace").isEqualTo(trace);
            assertThat(span.getSpanId()).as("a span of its own, the publishing's child").isNotEqualTo(publishing);
        });
        assertThat(logContexts).containsExactly(List.of(trace, TopicProbe.header(record, CloudEventHeaders.ID),
                correlation.toString(), causation.toString()));
        assertThat(MDC.get("traceId")).as("the log context ends with the record").isNull();
        assertThat(metrics.get("helpline.consumer.processing").tags("consumer", "test.tracing", "topic", Topics.CONTACTS)
                .timer().count()).as("processing time, per consumer and topic").isEqualTo(1);
    }

    @Test
    void aPollStillFailingWhenItsRetriesRunOutIsHandedToTheConnectorAndCountedAsDeadLetters() {
        List<ConsumerRecord<String, String>> poll = List.of(caseOpened(UUID.randomUUID(), 40),
                caseOpened(UUID.randomUUID(), 41));

        assertThatThrownBy(() -> processing.process("test.retries", batch(poll), event -> {
            throw new IllegalStateException("the database is away for the test");
        })).hasMessageStartingWith("retries exhausted: IllegalStateException")
                .hasRootCauseInstanceOf(IllegalStateException.class);

        assertThat(remembered("test.retries", poll)).containsExactly(false, false);
        assertThat(metrics.get("helpline.dead.letters").tags("topic", Topics.CONTACTS, "consumer", "test.retries")
                .counter().count()).as("the connector's failure strategy sets the poll aside: counted").isEqualTo(2);
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private ConsumerRecord<String, String> caseOpened(UUID caseId, long offset) {
        return record(caseId.toString(), codec.encode(SampleEvents.caseOpened(caseId, Instant.now())), UUID.randomUUID(),
                offset);
    }

    private static ConsumerRecord<String, String> record(String key, String value, UUID eventId, long offset) {
        RecordHeaders headers = new RecordHeaders();
        Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, eventId.toString(),
                CloudEventHeaders.TYPE, "CaseOpened")
                .forEach((name, v) -> headers.add(name, v.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(Topics.CONTACTS, 0, offset, System.currentTimeMillis(),
                org.apache.kafka.common.record.TimestampType.CREATE_TIME, -1, -1, key, value, headers,
                java.util.Optional.empty());
    }

    private static ConsumerRecords<String, String> batch(List<ConsumerRecord<String, String>> records) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(Topics.CONTACTS, 0), records), Map.of());
    }

    private static List<Boolean> remembered(String consumer, List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> QuarkusTransaction.requiringNew().call(() -> !Panache.getEntityManager()
                .createNativeQuery("select 1 from inbox where consumer = ?1 and event_id = ?2")
                .setParameter(1, consumer)
                .setParameter(2, UUID.fromString(TopicProbe.header(r, CloudEventHeaders.ID)))
                .getResultList().isEmpty())).toList();
    }
}
