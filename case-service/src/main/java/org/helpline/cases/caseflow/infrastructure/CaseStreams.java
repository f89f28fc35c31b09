package org.helpline.cases.caseflow.infrastructure;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.helpline.cases.caseflow.domain.CaseDecider;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.cases.caseflow.worklist.Worklist;
import org.helpline.contracts.IntegrationEvent;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.eventstore.RecordedEvent;
import org.helpline.platform.sql.BatchedWork;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Case streams in case-service's event store: one stream per case, keyed by the case id. Loading
 * starts from the latest snapshot; appending also brings the worklist row and the snapshot up to date,
 * in the same transaction, so neither can disagree with the events.
 */
@ApplicationScoped
public class CaseStreams {

    public static final String STREAM_TYPE = "case";

    private final EventStore store;
    private final CaseSnapshots snapshots;
    private final Worklist worklist;
    private final Clock clock;

    public CaseStreams(EventStore store, CaseSnapshots snapshots, Worklist worklist, Clock clock) {
        this.store = store;
        this.snapshots = snapshots;
        this.worklist = worklist;
        this.clock = clock;
    }

    /** A case's state and the version it was read at; state is null for an unknown case. */
    public record Loaded(CaseState state, int version) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Loaded load(UUID caseId) {
        Optional<CaseSnapshots.Snapshot> snapshot = snapshots.latest(caseId);
        CaseState state = snapshot.map(CaseSnapshots.Snapshot::state).orElse(null);
        int version = snapshot.map(CaseSnapshots.Snapshot::version).orElse(0);
        for (RecordedEvent recorded : store.loadAfter(caseId.toString(), version)) {
            state = CaseDecider.evolve(state, recorded.event());
            version = recorded.version();
        }
        return new Loaded(state, version);
    }

    /**
     * Writes the worklist row of cases that have none (opened before the worklist existed), a batch at a
     * time; at start, until none is left.
     *
     * @return how many rows were written
     */
    @Transactional
    public int recordMissingWorklistRows(int batch) {
        List<String> missing = store.streamsMissingFrom(STREAM_TYPE, "case_worklist", "case_id", batch);
        int written = 0;
        for (String caseId : missing) {
            Loaded loaded = load(UUID.fromString(caseId));
            if (loaded.state() != null) {
                worklist.record(loaded.state(), loaded.version(), clock.instant());
                written++;
            }
        }
        return written;
    }

    void recordMissingWorklistRowsAtStart(@Observes StartupEvent start) {
        int total = BatchedWork.drain(() -> recordMissingWorklistRows(500));
        if (total > 0) {
            Logger.getLogger(CaseStreams.class).infof("%d cases opened before the worklist existed are now on it", total);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<RecordedEvent> history(UUID caseId) {
        return store.load(caseId.toString());
    }

    /**
     * Appends events decided on {@code loaded} and returns the case as they leave it.
     *
     * @param events with the ids they keep (an event received from another service keeps its id)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Loaded append(UUID caseId, Loaded loaded, List<NewEvent> events, EventMetadata metadata) {
        if (events.isEmpty()) {
            return loaded;
        }
        CaseState state = loaded.state();
        for (NewEvent event : events) {
            state = CaseDecider.evolve(state, event.event());
        }
        int version = store.append(STREAM_TYPE, caseId.toString(), loaded.version(), events, metadata);
        worklist.record(state, version, clock.instant());
        snapshots.afterAppend(state, loaded.version(), version, clock.instant());
        return new Loaded(state, version);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Loaded appendNew(UUID caseId, Loaded loaded, List<IntegrationEvent> events, EventMetadata metadata) {
        return append(caseId, loaded, events.stream().map(NewEvent::of).toList(), metadata);
    }
}
