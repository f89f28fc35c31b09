package org.helpline.cases.caseflow.domain;

import java.util.List;

import org.helpline.contracts.cases.CaseAssigned;
import org.helpline.contracts.cases.CaseClosed;
import org.helpline.contracts.cases.CaseEvent;
import org.helpline.contracts.cases.CaseReopened;
import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.cases.PersonalDataErased;
import org.helpline.contracts.cases.ServiceProvided;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.platform.domain.Decider;

/**
 * The Case aggregate's rules: {@link #decide} turns a command and the current state into new events
 * (or refuses), {@link #evolve} folds an event into the state. No I/O, no clock, no framework.
 */
public final class CaseDecider implements Decider<CaseCommand, CaseEvent, CaseState> {

    /** @param state the case's state, or null when the case does not exist yet */
    @Override
    public List<CaseEvent> decide(CaseCommand command, CaseState state) {
        if (command instanceof CaseCommand.StartCase start) {
            // a redelivered CaseOpened finds the case already started: nothing to do
            return state == null ? List.of(start.opened()) : List.of();
        }
        if (state == null) {
            throw new CaseRuleViolation("Case " + command.caseId() + " has not been opened.");
        }
        if (command instanceof CaseCommand.CountFollowUp count) {
            // counted on a closed case too: the complainant did come back, whatever the case's state
            return List.of(count.followUp());
        }
        if (command instanceof CaseCommand.ClassifyComplaint c) {
            requireOpen(state, "classified");
            if (c.complaintTypes().isEmpty()) {
                throw new CaseRuleViolation("A classification needs at least one complaint type.");
            }
            return List.of(new ComplaintClassified(c.caseId(), c.at(), c.category(), c.complaintTypes(),
                    c.platforms(), c.harasserGender(), c.relationship(), c.mentalHealthConcern()));
        }
        if (command instanceof CaseCommand.ProvideService s) {
            requireOpen(state, "given a service");
            return List.of(new ServiceProvided(s.caseId(), s.at(), s.service()));
        }
        if (command instanceof CaseCommand.AssignCase assign) {
            requireOpen(state, "assigned");
            if (assign.assignee().equals(state.assignee())) {
                return List.of(); // already theirs: a retried assignment changes nothing
            }
            return List.of(new CaseAssigned(assign.caseId(), assign.assignee(), assign.at()));
        }
        if (command instanceof CaseCommand.CloseCase close) {
            if (state.status() == CaseState.Status.CLOSED) {
                throw new CaseRuleViolation("Case " + state.caseNumber() + " is already closed.");
            }
            return List.of(new CaseClosed(close.caseId(), close.at(), close.outcome()));
        }
        if (command instanceof CaseCommand.ReopenCase reopen) {
            if (state.status() != CaseState.Status.CLOSED) {
                throw new CaseRuleViolation("Case " + state.caseNumber() + " is open; only a closed case can be reopened.");
            }
            return List.of(new CaseReopened(reopen.caseId(), reopen.at()));
        }
        if (command instanceof CaseCommand.RecordPersonalDataErased erased) {
            // the statistics of the case stay as they were: the state does not change
            return List.of(new PersonalDataErased(erased.caseId(), erased.at(), erased.reasonCode()));
        }
        throw new IllegalArgumentException("unhandled command " + command.getClass().getSimpleName());
    }

    @Override
    public CaseState evolve(CaseState state, CaseEvent event) {
        return event.accept(new CaseEvent.Visitor<>() {
            @Override
            public CaseState opened(CaseOpened opened) {
                return new CaseState(opened.caseId(), opened.caseNumber(), opened.openedAt(), CaseState.Status.OPEN,
                        opened.ageBand(), opened.occupation(), opened.community(), null, List.of(), null, 0, null);
            }

            @Override
            public CaseState followedUp(FollowUpReceived followUp) {
                return state.withOneMoreFollowUp();
            }

            @Override
            public CaseState classified(ComplaintClassified classified) {
                return state.withClassification(Classification.of(classified));
            }

            @Override
            public CaseState served(ServiceProvided provided) {
                return state.withService(provided.service());
            }

            @Override
            public CaseState assigned(CaseAssigned assigned) {
                return state.withAssignee(assigned.assignee());
            }

            @Override
            public CaseState closed(CaseClosed closed) {
                return state.withStatus(CaseState.Status.CLOSED, closed.outcome());
            }

            @Override
            public CaseState reopened(CaseReopened reopened) {
                return state.withStatus(CaseState.Status.OPEN, null);
            }

            @Override
            public CaseState personalDataErased(PersonalDataErased erased) {
                return state; // the statistics of the case stay as they were
            }
        });
    }

    private static void requireOpen(CaseState state, String action) {
        if (state.status() == CaseState.Status.CLOSED) {
            throw new CaseRuleViolation("Case " + state.caseNumber() + " is closed and cannot be " + action
                    + "; reopen it first.");
        }
    }
}
