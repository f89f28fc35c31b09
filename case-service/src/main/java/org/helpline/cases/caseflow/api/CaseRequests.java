package org.helpline.cases.caseflow.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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

    /** The associate's username (Keycloak); letters, digits and . _ @ - only. */
    public record Assignment(@NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._@-]+") String assignee) {
    }

    public record Closure(@NotNull CaseOutcome outcome) {
    }
}
