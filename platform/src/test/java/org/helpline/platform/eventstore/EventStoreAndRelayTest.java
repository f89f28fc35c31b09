package org.helpline.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.Topics;
import org.helpline.contracts.cases.CaseReopened;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.platform.testapp.PlatformTestApp;
import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.testing.TopicProbe;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The event store and its outbox relay on a real PostgreSQL and Kafka (this test app owns helpline.cases). */
@QuarkusTest
@TestProfile(PlatformTestApp.class)
class EventStoreAndRelayTest {

    private static final EventMetadata METADATA = EventMetadata.newFlow("test");
    /** OutboxRelay's advisory lock id ("outbox" in ASCII); were it to drift, the lock test fails, as it should. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    @Inject
    EventStore store;
    @Inject
    Tracer tracer;

    private final TopicProbe topics = TopicProbe.ofTheTestBroker();

    @Test
    void anEventThatCommitsLateIsPublishedAfterEventsThatOvertookItAndNeitherTwice() throws Exception {
        UUID slowId = UUID.randomUUID();
        UUID fastId = UUID.randomUUID();
        CountDownLatch slowAppended = new CountDownLatch(1);
        CountDownLatch releaseSlow = new CountDownLatch(1);
        // the slow transaction takes the lower outbox id, then holds its commit back
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            append(slowId);
            slowAppended.countDown();
            awaitQuietly(releaseSlow);
        }));
        assertThat(slowAppended.await(10, TimeUnit.SECONDS)).isTrue();

        // the fast one, with the higher id, commits and is published while the slow one is still open
        QuarkusTransaction.requiringNew().run(() -> append(fastId));
        topics.await(Topics.CASES, r -> fastId.toString().equals(TopicProbe.header(r, "ce_id")), Duration.ofSeconds(10));

        releaseSlow.countDown();
        slow.get(10, TimeUnit.SECONDS);

        topics.await(Topics.CASES, r -> slowId.toString().equals(TopicProbe.header(r, "ce_id")), Duration.ofSeconds(10));
        topics.awaitExactly(Topics.CASES, r -> List.of(slowId.toString(), fastId.toString())
                .contains(TopicProbe.header(r, "ce_id")), 2, Duration.ofSeconds(10));
        assertThat(outboxHolds(slowId)).isFalse();
    }

    @Test
    void anAppendWithAStaleExpectedVersionIsRejectedAndWritesNothing() {
        String stream = UUID.randomUUID().toString();
        CaseOpened opened = SampleEvents.caseOpened(UUID.fromString(stream), SampleEvents.AT);
        QuarkusTransaction.requiringNew().run(() -> store.append("case", stream, 0, List.of(NewEvent.of(opened)), METADATA));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> store.append("case", stream, 0,
                List.of(NewEvent.of(new CaseReopened(opened.caseId(), Instant.now()))), METADATA)))
                .isInstanceOf(StreamVersionConflict.class);

        assertThat(QuarkusTransaction.requiringNew().call(() -> store.load(stream))).hasSize(1);
    }

    @Test
    void aStoredEventCannotBeUpdatedDeletedOrTruncated() {
        String stream = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> store.append("case", stream, 0,
                List.of(NewEvent.of(SampleEvents.caseOpened(UUID.fromString(stream), SampleEvents.AT))), METADATA));
        List<RecordedEvent> before = QuarkusTransaction.requiringNew().call(() -> store.load(stream));

        assertRefused("update event_store set payload = '{}'::jsonb, event_type = 'CaseReopened' where stream_id = ?1",
                stream);
        assertRefused("delete from event_store where stream_id = ?1", stream);
        assertRefused("truncate event_store", null);

        assertThat(QuarkusTransaction.requiringNew().call(() -> store.load(stream))).isEqualTo(before);
    }

    @Test
    void theRelayPublishesNothingWhileAnotherInstanceHoldsTheLockAndPublishesOnceItIsReleased() throws Exception {
        UUID eventId = UUID.randomUUID();
        Predicate<ConsumerRecord<String, String>> isIt =
                r -> eventId.toString().equals(TopicProbe.header(r, "ce_id"));
        // another instance of the service, in the middle of its batch: it holds the lock until its transaction ends
        try (Connection otherInstance = DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class), "postgres", "postgres")) {
            otherInstance.setAutoCommit(false);
            try (PreparedStatement lock = otherInstance.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, RELAY_LOCK);
                lock.execute();
            }
            QuarkusTransaction.requiringNew().run(() -> append(eventId));

            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                    .until(() -> outboxHolds(eventId) && topics.readAll(Topics.CASES, isIt).isEmpty());
            otherInstance.rollback();
        }

        topics.awaitExactly(Topics.CASES, isIt, 1, Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(10)).until(() -> !outboxHolds(eventId));
    }

    @Test
    void anEventPublishedLaterContinuesTheTraceOfTheRequestThatAppendedItAndTakesItAsItsCorrelation() {
        UUID eventId = UUID.randomUUID();
        Span request = tracer.spanBuilder("a request").startSpan();
        try (Scope current = request.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> {
                UUID caseId = UUID.randomUUID();
                store.append("case", caseId.toString(), 0, List.of(new NewEvent(eventId, new CaseReopened(caseId,
                        Instant.parse("2023-01-01T00:00:00Z")))), EventMetadata.newFlow("test"));
            });
        } finally {
            request.end();
        }

        ConsumerRecord<String, String> published = topics.await(Topics.CASES,
                r -> eventId.toString().equals(TopicProbe.header(r, "ce_id")), Duration.ofSeconds(10));
        String[] traceparent = TopicProbe.header(published, "ce_traceparent").split("-");
        String trace = request.getSpanContext().getTraceId();
        assertThat(traceparent[1]).as("the request's trace, in ce_traceparent").isEqualTo(trace);
        assertThat(traceparent[2]).as("a span below the request's (the relay's publishing), not the request's own")
                .isNotEqualTo(request.getSpanContext().getSpanId());
        assertThat(TopicProbe.header(published, "ce_correlationid")).as("a new flow's correlation is its trace")
                .isEqualTo(trace.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
    }

    private static void assertRefused(String sql, String stream) {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            var query = Panache.getEntityManager().createNativeQuery(sql);
            if (stream != null) {
                query.setParameter(1, stream);
            }
            query.executeUpdate();
        })).as(sql).hasStackTraceContaining("event_store is append-only");
    }

    private void append(UUID eventId) {
        UUID caseId = UUID.randomUUID();
        store.append("case", caseId.toString(), 0, List.of(new NewEvent(eventId, new CaseReopened(caseId,
                Instant.parse("2023-01-01T00:00:00Z")))), METADATA);
    }

    private static boolean outboxHolds(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> !Panache.getEntityManager()
                .createNativeQuery("select 1 from outbox where event_id = ?1").setParameter(1, eventId)
                .getResultList().isEmpty());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
