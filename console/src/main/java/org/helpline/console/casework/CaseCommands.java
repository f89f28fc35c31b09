package org.helpline.console.casework;

import java.util.List;

import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.contracts.vocabulary.Service;

/** The bodies of case-service's case commands (DESIGN.md), as the console sends them. */
public final class CaseCommands {

    private CaseCommands() {
    }

    public record Classification(Category category, List<ComplaintType> complaintTypes, List<Platform> platforms,
            HarasserGender harasserGender, Relationship relationship, boolean mentalHealthConcern) {
    }

    public record ServiceGiven(Service service) {
    }

    public record Assignment(String assignee) {
    }

    public record Closure(CaseOutcome outcome) {
    }
}
