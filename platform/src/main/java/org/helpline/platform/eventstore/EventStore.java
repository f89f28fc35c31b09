package org.helpline.platform.eventstore;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.contracts.EventContract;
import org.helpline.contracts.IntegrationEvents;
import org.helpline.platform.outbox.Outbox;
import org.helpline.platform.sql.NativeRow;
import org.helpline.platform.wire.EventCodec;

import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Appends events to a stream with optimistic concurrency and, in the same transaction, puts the
 * events of the topics this service owns into the outbox. It decides nothing: deciding is the
 * aggregate's job, the store only appends after the expected version.
 */
@ApplicationScoped
public class EventStore {

    private static final ObjectMapper METADATA_JSON = new ObjectMapper();

    @Inject
    EventCodec codec;
    @Inject
    Clock clock;
    @Inject
    Outbox outbox;

    /**
     * Appends {@code events} as versions {@code expectedVersion + 1 ...} of the stream.
     *
     * @return the stream's new version
     * @throws StreamVersionConflict if the stream is not at {@code expectedVersion}; nothing is written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan("event store append")
    public int append(@SpanAttribute("helpline.stream.type") String streamType, String streamId, int expectedVersion,
            List<NewEvent> events,
            EventMetadata metadata) {
        // A new stream (expected 0) skips the read: the unique (stream_id, version) index alone
        // refuses a second "first" event, and most appends on the hot path start a stream.
        if (expectedVersion > 0) {
            int actual = currentVersion(streamId);
            if (actual != expectedVersion) {
                throw new StreamVersionConflict(streamId, expectedVersion, actual);
            }
        }
        Instant now = clock.instant();
        String metadataJson = json(metadata);
        int version = expectedVersion;
        List<Outbox.Message> toPublish = new ArrayList<>();
        try {
            for (NewEvent newEvent : events) {
                EventContract<?> contract = IntegrationEvents.of(newEvent.event());
                String payload = codec.encode(newEvent.event());
                StoredEvent row = new StoredEvent();
                row.streamType = streamType;
                row.streamId = streamId;
                row.version = ++version;
                row.eventId = newEvent.eventId();
                row.eventType = contract.type();
                row.schemaVersion = contract.schemaVersion();
                row.payload = payload;
                row.metadata = metadataJson;
                row.recordedAt = now;
                row.persist();
                if (outbox.publishes(contract.topic())) {
                    toPublish.add(new Outbox.Message(newEvent.eventId(), contract.topic(),
                            newEvent.event().partitionKey(), contract.type(), now, metadata.correlationId(),
                            metadata.causationId(), payload));
                }
            }
            outbox.enqueue(toPublish);
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            // Two appends read the same version; the unique (stream_id, version) index let one through.
            // (Rows get their identity at persist, so the violation can surface there or at the flush.)
            if (isConstraint(e, "event_store_stream_version")) {
                throw new StreamVersionConflict(streamId, expectedVersion, -1);
            }
            throw e;
        }
        return version;
    }

    /** The stream's version: the number of events in it, 0 for a stream that does not exist yet. */
    public int currentVersion(String streamId) {
        Integer max = Panache.getEntityManager()
                .createQuery("select max(e.version) from StoredEvent e where e.streamId = :stream", Integer.class)
                .setParameter("stream", streamId)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    public List<RecordedEvent> load(String streamId) {
        return loadAfter(streamId, 0);
    }

    /**
     * Streams of a type that have no row in a read model yet (keyed by the stream id as a uuid): what a
     * backfill must write when a read model is added to a service that already has events. The names go to
     * PostgreSQL as values ({@code streams_missing_from}, which quotes them), never into the SQL text.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> streamsMissingFrom(String streamType, String readModel, String idColumn, int limit) {
        return NativeRow.all(Panache.getEntityManager()
                .createNativeQuery("select streams_missing_from(?1, cast(?2 as regclass), ?3, ?4)")
                .setParameter(1, streamType).setParameter(2, readModel).setParameter(3, idColumn)
                .setParameter(4, limit)).stream().map(row -> row.text(0)).toList();
    }

    /** The stream's events after {@code version}: what a snapshot taken at that version has not seen. */
    public List<RecordedEvent> loadAfter(String streamId, int version) {
        List<StoredEvent> rows = StoredEvent.list("streamId = ?1 and version > ?2 order by version", streamId, version);
        List<RecordedEvent> events = new ArrayList<>(rows.size());
        for (StoredEvent row : rows) {
            events.add(new RecordedEvent(row.position, row.streamId, row.version, row.eventId, row.eventType,
                    row.recordedAt, codec.decode(row.eventType, row.payload)));
        }
        return events;
    }

    private static boolean isConstraint(Throwable e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation && name.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static String json(EventMetadata metadata) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("correlationId", metadata.correlationId());
        map.put("causationId", metadata.causationId());
        map.put("actor", metadata.actor());
        try {
            return METADATA_JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
