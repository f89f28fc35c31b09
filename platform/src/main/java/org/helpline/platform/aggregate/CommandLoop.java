package org.helpline.platform.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.eventstore.RecordedEvent;
import org.helpline.platform.eventstore.StreamVersionConflict;
import org.helpline.platform.sql.BatchedWork;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The one way a command runs on an event stream: load (snapshot, then the events after it), check the
 * caller's version, decide, append at the loaded version, and let the aggregate bring its read model up to
 * date, all in the caller's transaction. A concurrent append in between is refused by the store
 * ({@link StreamVersionConflict}, 409).
 */
@ApplicationScoped
public class CommandLoop {

    private static final Logger LOG = Logger.getLogger(CommandLoop.class);

    @Inject
    EventStore store;
    @Inject
    @Any
    Instance<Aggregate<?, ?, ?>> aggregates;

    /**
     * A command that opens a stream under an id its client chose (a rendered form's), each try in a transaction of its
     * own: sent twice at the same moment, the second's append conflicts with the first's; tried once more, the
     * decider finds the stream opened and answers as it did the first. Under an id of our own
     * ({@code clientsId} false) a conflict stays a conflict.
     */
    public <T> T openUnderClientsId(boolean clientsId, Supplier<T> open) {
        try {
            return QuarkusTransaction.requiringNew().call(open::get);
        } catch (StreamVersionConflict sentTwiceAtOnce) {
            if (!clientsId) {
                throw sentTwiceAtOnce;
            }
            return QuarkusTransaction.requiringNew().call(open::get);
        }
    }

    /** The stream as its events leave it; the initial state at version 0 for a stream without events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <C, E extends IntegrationEvent, S> Loaded<S> load(Aggregate<C, E, S> aggregate, String streamId) {
        Loaded<S> from = aggregate.latestSnapshot(streamId)
                .orElseGet(() -> new Loaded<>(aggregate.kind().decider().initialState(), 0));
        S state = from.state();
        int version = from.version();
        for (RecordedEvent recorded : store.loadAfter(streamId, version)) {
            state = aggregate.kind().decider().evolve(state, eventOf(aggregate, recorded));
            version = recorded.version();
        }
        return new Loaded<>(state, version);
    }

    /** Like {@link #load}, but a stream without events is the aggregate's 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <C, E extends IntegrationEvent, S> Loaded<S> read(Aggregate<C, E, S> aggregate, String streamId) {
        Loaded<S> loaded = load(aggregate, streamId);
        if (!loaded.exists()) {
            throw aggregate.kind().unknown(streamId);
        }
        return loaded;
    }

    /**
     * Runs a command asked through the API; the events get new ids.
     *
     * @param expectedVersion the version the caller read (If-Match): a newer stream is a conflict even when the
     *                        command would still be allowed, because the caller decided on stale information
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <C, E extends IntegrationEvent, S> Handled<C, E, S> handle(Aggregate<C, E, S> aggregate, String streamId,
            C command, OptionalInt expectedVersion, EventMetadata metadata) {
        return run(aggregate, streamId, command, expectedVersion, metadata, null);
    }

    /**
     * Runs a command someone asked for without naming the version they read (no If-Match), as the start of a
     * flow of its own.
     *
     * @return the stream's state after the command
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <C, E extends IntegrationEvent, S> S handle(Aggregate<C, E, S> aggregate, String streamId, C command,
            String actor) {
        return handle(aggregate, streamId, command, OptionalInt.empty(), EventMetadata.newFlow(actor)).after().state();
    }

    /**
     * Runs a command that an event from another service asked for; the event it decides keeps that event's id,
     * so a redelivery that slipped past the inbox still cannot be appended twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <C, E extends IntegrationEvent, S> Handled<C, E, S> handleReceived(Aggregate<C, E, S> aggregate,
            String streamId, C command, UUID receivedEventId, EventMetadata metadata) {
        return run(aggregate, streamId, command, OptionalInt.empty(), metadata, receivedEventId);
    }

    private <C, E extends IntegrationEvent, S> Handled<C, E, S> run(Aggregate<C, E, S> aggregate, String streamId,
            C command, OptionalInt expectedVersion, EventMetadata metadata, UUID receivedEventId) {
        boolean received = receivedEventId != null;
        Loaded<S> before = load(aggregate, streamId);
        if (!before.exists() && !aggregate.kind().decidesOnEmptyStream().test(command)) {
            throw aggregate.kind().unknown(streamId);
        }
        if (expectedVersion.isPresent() && expectedVersion.getAsInt() != before.version()) {
            throw new StreamVersionConflict(streamId, expectedVersion.getAsInt(), before.version());
        }
        List<E> events = aggregate.kind().decider().decide(command, before.state());
        if (events.size() > 1 && received) {
            throw new IllegalStateException("A received event can be kept as one event only, not " + events.size());
        }
        Loaded<S> after = before;
        if (!events.isEmpty()) {
            List<NewEvent> appended = new ArrayList<>(events.size());
            for (E event : events) {
                appended.add(new NewEvent(received ? receivedEventId : UUID.randomUUID(), event));
            }
            int version = store.append(aggregate.kind().streamType(), streamId, before.version(), appended, metadata);
            after = new Loaded<>(aggregate.kind().decider().fold(before.state(), events), version);
        }
        Handled<C, E, S> handled = new Handled<>(command, before, events, after);
        aggregate.recorded(handled);
        return handled;
    }

    /**
     * Writes the read-model rows of streams that have none (appended before the read model existed), a batch
     * at a time.
     *
     * @return how many rows were written
     */
    @Transactional
    public <C, E extends IntegrationEvent, S> int recordMissingRows(Aggregate<C, E, S> aggregate, int batch) {
        Aggregate.ReadModel<S> readModel = aggregate.readModel().orElseThrow();
        int written = 0;
        for (String streamId : store.streamsMissingFrom(aggregate.kind().streamType(), readModel.table(),
                readModel.idColumn(), batch)) {
            readModel.writer().write(load(aggregate, streamId));
            written++;
        }
        return written;
    }

    void recordMissingRowsAtStart(@Observes StartupEvent start) {
        for (Aggregate<?, ?, ?> aggregate : aggregates) {
            aggregate.readModel().ifPresent(readModel -> {
                int total = BatchedWork.drain(() -> recordMissingRows(aggregate, 500));
                if (total > 0) {
                    LOG.infof("%d %s streams appended before %s existed are now in it", total,
                            aggregate.kind().streamType(), readModel.table());
                }
            });
        }
    }

    private static <E extends IntegrationEvent> E eventOf(Aggregate<?, E, ?> aggregate, RecordedEvent recorded) {
        if (!aggregate.kind().eventType().isInstance(recorded.event())) {
            throw new IllegalStateException("Stream " + recorded.streamId() + " holds a " + recorded.type()
                    + " at version " + recorded.version() + ", which is not an event of a " + aggregate.kind().streamType());
        }
        return aggregate.kind().eventType().cast(recorded.event());
    }
}
