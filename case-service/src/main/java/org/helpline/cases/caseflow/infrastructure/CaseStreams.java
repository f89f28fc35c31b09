package org.helpline.cases.caseflow.infrastructure;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.cases.caseflow.domain.CaseCommand;
import org.helpline.cases.caseflow.domain.CaseDecider;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.cases.caseflow.worklist.Worklist;
import org.helpline.contracts.cases.CaseEvent;
import org.helpline.platform.aggregate.Aggregate;
import org.helpline.platform.aggregate.Handled;
import org.helpline.platform.aggregate.Loaded;
import org.helpline.platform.eventstore.EventStore;
import org.helpline.platform.eventstore.RecordedEvent;

/**
 * Case streams in case-service's event store: one stream per case, keyed by the case id. Loading starts from
 * the latest snapshot; each append also brings the worklist row and the snapshot up to date, in the same
 * transaction, so neither can disagree with the events.
 */
@ApplicationScoped
public class CaseStreams implements Aggregate<CaseCommand, CaseEvent, CaseState> {

    public static final String STREAM_TYPE = "case";
    /** Intake's opening starts a case; a follow-up before it is refused by the rules, not answered 404. */
    private static final Kind<CaseCommand, CaseEvent, CaseState> KIND = new Kind<>(STREAM_TYPE, CaseEvent.class,
            new CaseDecider(), command -> command instanceof CaseCommand.StartCase
                    || command instanceof CaseCommand.CountFollowUp,
            "Case %s is not known (yet): cases appear here shortly after intake opens them.");

    @Inject
    EventStore store;
    @Inject
    CaseSnapshots snapshots;
    @Inject
    Worklist worklist;
    @Inject
    Clock clock;

    @Override
    public Kind<CaseCommand, CaseEvent, CaseState> kind() {
        return KIND;
    }

    @Override
    public void recorded(Handled<CaseCommand, CaseEvent, CaseState> handled) {
        if (!handled.changed()) {
            return;
        }
        CaseState state = handled.after().state();
        worklist.record(state, handled.after().version(), clock.instant());
        snapshots.afterAppend(state, handled.before().version(), handled.after().version(), clock.instant());
    }

    @Override
    public Optional<Loaded<CaseState>> latestSnapshot(String caseId) {
        return snapshots.latest(UUID.fromString(caseId))
                .map(snapshot -> new Loaded<>(snapshot.state(), snapshot.version()));
    }

    /** Cases opened before the worklist existed get their row at start. */
    @Override
    public Optional<ReadModel<CaseState>> readModel() {
        return Optional.of(new ReadModel<>("case_worklist", "case_id",
                loaded -> worklist.record(loaded.state(), loaded.version(), clock.instant())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<RecordedEvent> history(UUID caseId) {
        return store.load(caseId.toString());
    }
}
