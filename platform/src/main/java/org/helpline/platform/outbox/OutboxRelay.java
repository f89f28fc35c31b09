package org.helpline.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.helpline.contracts.EventContract;
import org.helpline.contracts.IntegrationEvents;
import org.helpline.platform.tracing.EventLogContext;
import org.helpline.platform.tracing.EventTracing;
import org.helpline.platform.tracing.TraceContext;
import org.helpline.platform.wire.CloudEventHeaders;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the outbox to Kafka as CloudEvents, in outbox order, then deletes what Kafka acknowledged.
 *
 * <p>One relay at a time per database (a transaction-scoped advisory lock), so that two instances of
 * a service cannot reorder a stream. A crash between Kafka's acknowledgement and the delete sends the
 * batch again with the same {@code ce_id}s: consumers drop the duplicates by id. Rows are selected by
 * presence, not by "id greater than the last one sent", so a row whose transaction took its id early
 * and committed late is never skipped. Each publishing is a span, a child of the one that appended the
 * event; its context goes out in the CloudEvent's trace headers.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id of the relay; each service has its own database, so one constant suffices. */
    public static final long RELAY_LOCK = 0x6f7574626f78L;

    private static final Pattern WRITTEN_VERSION = Pattern.compile("\\{\\s*\"schemaVersion\"\\s*:\\s*(\\d+)");
    private static final String BACKLOG = "select count(*) from outbox";
    /**
     * occurred_at is when the event store appended it (the service's clock, in the transaction that enqueued it);
     * never below 0 when the database's clock is a little behind.
     */
    private static final String OLDEST_AGE = """
            select greatest(0, coalesce(extract(epoch from clock_timestamp() - min(occurred_at)), 0)) from outbox""";
    private static final String SELECT_BATCH = """
            select id, event_id, topic, message_key, event_type, source, occurred_at, correlation_id, causation_id, payload,
                   trace_parent
            from outbox order by id limit ?""";

    @Inject
    DataSource dataSource;
    @Inject
    OutboxConfig config;
    @Inject
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    MeterRegistry registry;
    @Inject
    EventTracing tracing;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean wakeRequested;
    private volatile boolean running;
    private volatile String lastError;
    private Thread worker;
    private Producer<String, String> producer;
    private Counter published;

    void start(@Observes StartupEvent startup) {
        if (config.publishesTo().orElse(List.of()).isEmpty()) {
            return;
        }
        published = Counter.builder("helpline.outbox.published").description("Outbox messages acknowledged by Kafka")
                .register(registry);
        // read from the table when scraped, so that they rise while Kafka is away (no send would set them then)
        Gauge.builder("helpline.outbox.backlog", this, relay -> relay.readOutbox(BACKLOG))
                .description("Events in the outbox not yet acknowledged by Kafka (the service's database: every "
                        + "instance of one service reports the same table)").register(registry);
        Gauge.builder("helpline.outbox.oldest.age", this, relay -> relay.readOutbox(OLDEST_AGE)).baseUnit("seconds")
                .description("How long the oldest event in the outbox has waited for Kafka (0 when it is empty)")
                .register(registry);
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
        LOG.infof("Outbox relay started for topics %s", config.publishesTo().get());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** A commit wrote to the outbox: publish now rather than at the next poll. */
    void wakeUpAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Filled filled) {
        wakeUp();
    }

    void wakeUp() {
        lock.lock();
        try {
            wakeRequested = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Events in the outbox now (0 when the relay has caught up); -1 when the database cannot say. */
    public long backlog() {
        double backlog = readOutbox(BACKLOG);
        return Double.isNaN(backlog) ? -1 : (long) backlog;
    }

    /** Why the last attempt failed, or empty when the last batch went through. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public boolean isRunning() {
        return running && worker != null && worker.isAlive();
    }

    private void run() {
        long backoffMs = 100;
        while (running) {
            try {
                int sent = relayBatch();
                lastError = null;
                backoffMs = 100;
                if (sent < config.relay().batchSize()) {
                    awaitWork(config.relay().pollInterval().toMillis());
                }
            } catch (Exception e) {
                lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                LOG.warnf("Outbox relay could not publish (retrying in %d ms): %s", backoffMs, lastError);
                closeProducer();
                awaitWork(backoffMs);
                backoffMs = Math.min(backoffMs * 2, config.relay().maxBackoff().toMillis());
            }
        }
    }

    private void awaitWork(long millis) {
        lock.lock();
        try {
            if (!wakeRequested && running) {
                wake.await(millis, TimeUnit.MILLISECONDS);
            }
            wakeRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** Sends one batch in one database transaction; returns how many messages Kafka acknowledged. */
    int relayBatch() throws SQLException, InterruptedException, ExecutionException, TimeoutException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<Long> ids = new ArrayList<>();
                List<Outgoing> batch = new ArrayList<>();
                try {
                    Producer<String, String> kafka = producer();
                    try (PreparedStatement select = connection.prepareStatement(SELECT_BATCH)) {
                        select.setInt(1, config.relay().batchSize());
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                ids.add(rows.getLong("id"));
                                Outgoing outgoing = outgoing(rows, config.schemaBaseUrl());
                                batch.add(outgoing);
                                outgoing.ack = kafka.send(outgoing.record);
                            }
                        }
                    }
                    if (ids.isEmpty()) {
                        connection.rollback();
                        return 0;
                    }
                    kafka.flush();
                    long deadline = System.nanoTime() + config.relay().deliveryTimeout().toNanos();
                    for (Outgoing outgoing : batch) {
                        outgoing.acknowledged = outgoing.ack.get(Math.max(1, deadline - System.nanoTime()),
                                TimeUnit.NANOSECONDS);
                    }
                    try (PreparedStatement delete = connection.prepareStatement(
                            "delete from outbox where id = any(?)")) {
                        Array array = connection.createArrayOf("bigint", ids.toArray());
                        delete.setArray(1, array);
                        delete.executeUpdate();
                    }
                    connection.commit();
                } catch (SQLException | RuntimeException | InterruptedException | ExecutionException
                        | TimeoutException e) {
                    batch.forEach(outgoing -> outgoing.failed(e));
                    throw e;
                }
                published.increment(ids.size());
                batch.forEach(Outgoing::published);
                return ids.size();
            } catch (SQLException | RuntimeException | InterruptedException | ExecutionException | TimeoutException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** One row on its way: the record, the span of its publishing, and what its log lines carry. */
    private static final class Outgoing {
        final ProducerRecord<String, String> record;
        final Span span;
        final String type;
        final UUID eventId;
        final UUID correlationId;
        final UUID causationId;
        Future<RecordMetadata> ack;
        RecordMetadata acknowledged;

        Outgoing(ProducerRecord<String, String> record, Span span, String type, UUID eventId, UUID correlationId,
                UUID causationId) {
            this.record = record;
            this.span = span;
            this.type = type;
            this.eventId = eventId;
            this.correlationId = correlationId;
            this.causationId = causationId;
        }

        void published() {
            try (EventLogContext log = EventLogContext.open(span, eventId, correlationId, causationId)) {
                LOG.debugf("Published %s %s to %s-%d@%d", type, eventId, acknowledged.topic(),
                        acknowledged.partition(), acknowledged.offset());
            }
            span.end();
        }

        void failed(Exception e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            span.end();
        }
    }

    /** One figure of the outbox as the table has it now; NaN (no sample) while the database does not answer. */
    private double readOutbox(String query) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(query)) {
            read.setQueryTimeout(5);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private Outgoing outgoing(ResultSet row, String schemaBaseUrl) throws SQLException {
        RecordHeaders headers = new RecordHeaders();
        String type = row.getString("event_type");
        String topic = row.getString("topic");
        UUID eventId = row.getObject("event_id", UUID.class);
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, eventId.toString());
        header(headers, CloudEventHeaders.TYPE, type);
        schemaVersionOf(row.getString("payload"), type).ifPresent(version -> header(headers,
                CloudEventHeaders.DATA_SCHEMA, schemaBaseUrl + "/schemas/events/" + type + "/v" + version + ".json"));
        header(headers, CloudEventHeaders.SOURCE, row.getString("source"));
        header(headers, CloudEventHeaders.TIME, row.getTimestamp("occurred_at").toInstant().toString());
        header(headers, CloudEventHeaders.SUBJECT, row.getString("message_key"));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        UUID correlation = row.getObject("correlation_id", UUID.class);
        if (correlation != null) {
            header(headers, CloudEventHeaders.CORRELATION_ID, correlation.toString());
        }
        UUID causation = row.getObject("causation_id", UUID.class);
        if (causation != null) {
            header(headers, CloudEventHeaders.CAUSATION_ID, causation.toString());
        }
        // started last, once nothing can fail before the caller holds it (it ends it on every path)
        Span span = tracing.publishing(topic, type, eventId.toString(), new TraceContext(row.getString("trace_parent")));
        EventTracing.write(span, headers);
        return new Outgoing(new ProducerRecord<>(topic, null, row.getString("message_key"), row.getString("payload"),
                headers), span, type, eventId, correlation, causation);
    }

    /**
     * The schema version the body was written with (EventCodec writes it first), not the one this code has: a row
     * enqueued before an upgrade goes out after it with its own; the contract's when the body does not say.
     */
    static Optional<Integer> schemaVersionOf(String payload, String type) {
        Matcher written = WRITTEN_VERSION.matcher(payload);
        if (written.lookingAt()) {
            return Optional.of(Integer.parseInt(written.group(1)));
        }
        return IntegrationEvents.byType(type).map(EventContract::schemaVersion);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            int deliveryMs = (int) config.relay().deliveryTimeout().toMillis();
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.source().replace('/', '-'),
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryMs,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(deliveryMs, 10_000),
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(deliveryMs, 10_000)),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debug("closing the relay's producer", e);
            }
            producer = null;
        }
    }
}
