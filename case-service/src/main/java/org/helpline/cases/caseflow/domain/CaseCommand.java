package org.helpline.cases.caseflow.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.contracts.vocabulary.Service;

/** What can be asked of a case. Each carries the time it was asked at: the decider never reads a clock. */
public sealed interface CaseCommand {

    UUID caseId();

    /** Intake opened the case (arrives as CaseOpened from helpline.contacts). */
    record StartCase(CaseOpened opened) implements CaseCommand {
        @Override
        public UUID caseId() {
            return opened.caseId();
        }
    }

    /** The complainant came back about the case (arrives as FollowUpReceived from helpline.contacts). */
    record CountFollowUp(FollowUpReceived followUp) implements CaseCommand {
        @Override
        public UUID caseId() {
            return followUp.caseId();
        }
    }

    record ClassifyComplaint(UUID caseId, Category category, List<ComplaintType> complaintTypes,
            List<Platform> platforms, HarasserGender harasserGender, Relationship relationship,
            boolean mentalHealthConcern, Instant at) implements CaseCommand {
    }

    record ProvideService(UUID caseId, Service service, Instant at) implements CaseCommand {
    }

    record AssignCase(UUID caseId, String assignee, Instant at) implements CaseCommand {
    }

    record CloseCase(UUID caseId, CaseOutcome outcome, Instant at) implements CaseCommand {
    }

    record ReopenCase(UUID caseId, Instant at) implements CaseCommand {
    }

    /** The case's personal data was destroyed (its data key); recorded on the case, open or closed. */
    record RecordPersonalDataErased(UUID caseId, String reasonCode, Instant at) implements CaseCommand {
    }
}
