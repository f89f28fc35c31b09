package org.helpline.cases.caseflow.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.helpline.cases.caseflow.domain.CaseDecider;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.contracts.IntegrationEvent;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.eventstore.RecordedEvent;

/** Case streams in case-service's event store: one stream per case, keyed by the case id. */
@ApplicationScoped
public class CaseStreams {

    public static final String STREAM_TYPE = "case";

    private final EventStore store;

    public CaseStreams(EventStore store) {
        this.store = store;
    }

    /** A case's state and the version it was read at; state is null for an unknown case. */
    public record Loaded(CaseState state, int version) {
    }

    public Loaded load(UUID caseId) {
        List<RecordedEvent> recorded = store.load(caseId.toString());
        CaseState state = CaseDecider.fold(recorded.stream().map(RecordedEvent::event).toList());
        return new Loaded(state, recorded.size());
    }

    public List<RecordedEvent> history(UUID caseId) {
        return store.load(caseId.toString());
    }

    public int append(UUID caseId, int expectedVersion, List<NewEvent> events, EventMetadata metadata) {
        return store.append(STREAM_TYPE, caseId.toString(), expectedVersion, events, metadata);
    }

    public int appendNew(UUID caseId, int expectedVersion, List<IntegrationEvent> events, EventMetadata metadata) {
        return append(caseId, expectedVersion, events.stream().map(NewEvent::of).toList(), metadata);
    }
}
