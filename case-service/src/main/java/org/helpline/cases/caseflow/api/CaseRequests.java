package org.helpline.cases.caseflow.api;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.contracts.vocabulary.Service;

/** Bodies of the case commands (DESIGN.md). */
public final class CaseRequests {

    private CaseRequests() {
    }

    public record Classification(
            @NotNull Category category,
            @NotEmpty List<@NotNull ComplaintType> complaintTypes,
            @NotNull List<@NotNull Platform> platforms,
            @NotNull HarasserGender harasserGender,
            @NotNull Relationship relationship,
            @NotNull Boolean mentalHealthConcern) {
    }

    public record ServiceGiven(@NotNull Service service) {
    }

    public record Closure(@NotNull CaseOutcome outcome) {
    }
}
