package org.helpline.cases.caseflow;

import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.helpline.cases.caseflow.domain.CaseCommand;
import org.helpline.cases.caseflow.domain.CaseDecider;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.cases.caseflow.infrastructure.CaseStreams;
import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.NewEvent;
import org.helpline.platform.eventstore.RecordedEvent;
import org.helpline.platform.eventstore.StreamVersionConflict;
import org.helpline.platform.problem.ProblemException;
import org.helpline.platform.wire.InboundEvent;

/** Runs commands against cases: load, check the caller's version, decide, append. */
@ApplicationScoped
public class CaseHandling {

    private final CaseStreams streams;

    public CaseHandling(CaseStreams streams) {
        this.streams = streams;
    }

    /** The state after the command and the stream version that goes with it (the new ETag). */
    public record Handled(CaseState state, int version) {
    }

    @Transactional
    public CaseStreams.Loaded read(UUID caseId) {
        CaseStreams.Loaded loaded = streams.load(caseId);
        if (loaded.state() == null) {
            throw unknown(caseId);
        }
        return loaded;
    }

    @Transactional
    public List<RecordedEvent> history(UUID caseId) {
        return streams.history(caseId);
    }

    /**
     * @param expectedVersion the version the caller read (If-Match); a newer stream is a conflict
     *        even when the command would still be allowed: the caller decided on stale information
     */
    @Transactional
    public Handled handle(CaseCommand command, OptionalInt expectedVersion, EventMetadata metadata) {
        CaseStreams.Loaded loaded = streams.load(command.caseId());
        if (loaded.state() == null) {
            throw unknown(command.caseId());
        }
        if (expectedVersion.isPresent() && expectedVersion.getAsInt() != loaded.version()) {
            throw new StreamVersionConflict(command.caseId().toString(), expectedVersion.getAsInt(), loaded.version());
        }
        List<IntegrationEvent> events = CaseDecider.decide(command, loaded.state());
        CaseStreams.Loaded after = streams.appendNew(command.caseId(), loaded, events, metadata);
        return new Handled(after.state(), after.version());
    }

    /** Starts the case's stream from intake's CaseOpened, keeping its event id (a redelivery is a no-op). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(CaseOpened opened, InboundEvent received) {
        takeFromIntake(new CaseCommand.StartCase(opened), received);
    }

    /** Counts intake's FollowUpReceived on the case, keeping its event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countFollowUp(FollowUpReceived followUp, InboundEvent received) {
        takeFromIntake(new CaseCommand.CountFollowUp(followUp), received);
    }

    private void takeFromIntake(CaseCommand command, InboundEvent received) {
        CaseStreams.Loaded loaded = streams.load(command.caseId());
        List<NewEvent> events = CaseDecider.decide(command, loaded.state()).stream()
                .map(event -> new NewEvent(received.id(), event)).toList();
        streams.append(command.caseId(), loaded, events,
                EventMetadata.causedBy(received.id(), received.correlationId(), "case-service"));
    }

    private static ProblemException unknown(UUID caseId) {
        return ProblemException.notFound("Case " + caseId + " is not known (yet): cases appear here shortly after "
                + "intake opens them.");
    }
}
