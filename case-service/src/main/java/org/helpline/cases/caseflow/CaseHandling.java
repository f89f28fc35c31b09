package org.helpline.cases.caseflow;

import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.cases.caseflow.domain.CaseCommand;
import org.helpline.cases.caseflow.domain.CaseState;
import org.helpline.cases.caseflow.infrastructure.CaseStreams;
import org.helpline.contracts.cases.CaseEvent;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.platform.aggregate.CommandLoop;
import org.helpline.platform.aggregate.Handled;
import org.helpline.platform.aggregate.Loaded;
import org.helpline.platform.eventstore.EventMetadata;
import org.helpline.platform.eventstore.RecordedEvent;
import org.helpline.platform.wire.InboundEvent;

/** Runs commands against cases, through the platform's one command loop. */
@ApplicationScoped
public class CaseHandling {

    @Inject
    CommandLoop loop;
    @Inject
    CaseStreams streams;

    @Transactional
    public Loaded<CaseState> read(UUID caseId) {
        return loop.read(streams, caseId.toString());
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
    public Handled<CaseCommand, CaseEvent, CaseState> handle(CaseCommand command, OptionalInt expectedVersion,
            EventMetadata metadata) {
        return loop.handle(streams, command.caseId().toString(), command, expectedVersion, metadata);
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
        loop.handleReceived(streams, command.caseId().toString(), command, received.id(),
                EventMetadata.causedBy(received.id(), received.correlationId(), "case-service"));
    }
}
