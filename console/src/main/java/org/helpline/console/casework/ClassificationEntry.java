package org.helpline.console.casework;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import org.helpline.console.page.FieldError;
import org.helpline.console.page.FormValues;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;

/**
 * The classification form as the person filled it in (several complaint types and platforms), with the case's
 * version she saw. Checked here; re-rendered as typed when it is wrong or the case changed meanwhile.
 */
public record ClassificationEntry(
        @RestForm String version,
        @RestForm String category,
        @RestForm List<String> complaintTypes,
        @RestForm List<String> platforms,
        @RestForm String harasserGender,
        @RestForm String relationship,
        @RestForm String mentalHealthConcern) {

    /** The form as the case is classified now (or empty), at the case's version. */
    public static ClassificationEntry of(CaseView kase) {
        CaseView.Classification now = kase.classification();
        if (now == null) {
            return new ClassificationEntry(Integer.toString(kase.version()), null, List.of(), List.of(), null, null,
                    null);
        }
        return new ClassificationEntry(Integer.toString(kase.version()), now.category().name(),
                now.complaintTypes().stream().map(Enum::name).toList(), now.platforms().stream().map(Enum::name).toList(),
                now.harasserGender().name(), now.relationship().name(), now.mentalHealthConcern() ? "true" : null);
    }

    /** The same entry, to be sent again against the case's newer version. */
    public ClassificationEntry at(int newerVersion) {
        return new ClassificationEntry(Integer.toString(newerVersion), category, complaintTypes, platforms,
                harasserGender, relationship, mentalHealthConcern);
    }

    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if (FormValues.valueOf(Category.class, category) == null) {
            errors.add(new FieldError("category", "error_required"));
        }
        if (types().isEmpty()) {
            errors.add(new FieldError("complaintTypes", "error_one_at_least"));
        }
        if (types().size() != values(complaintTypes).size()) {
            errors.add(new FieldError("complaintTypes", "error_choice"));
        }
        if (platformsChosen().size() != values(platforms).size()) {
            errors.add(new FieldError("platforms", "error_choice"));
        }
        if (FormValues.valueOf(HarasserGender.class, harasserGender) == null) {
            errors.add(new FieldError("harasserGender", "error_required"));
        }
        if (FormValues.valueOf(Relationship.class, relationship) == null) {
            errors.add(new FieldError("relationship", "error_required"));
        }
        return errors;
    }

    public boolean hasComplaintType(String code) {
        return values(complaintTypes).contains(code);
    }

    public boolean hasPlatform(String code) {
        return values(platforms).contains(code);
    }

    public boolean mentalHealth() {
        return "true".equals(mentalHealthConcern);
    }

    /** For a checked entry. */
    public CaseCommands.Classification toCommand() {
        return new CaseCommands.Classification(Category.valueOf(category), types(), platformsChosen(),
                HarasserGender.valueOf(harasserGender), Relationship.valueOf(relationship), mentalHealth());
    }

    private List<ComplaintType> types() {
        return values(complaintTypes).stream().map(code -> FormValues.valueOf(ComplaintType.class, code))
                .filter(type -> type != null).toList();
    }

    private List<Platform> platformsChosen() {
        return values(platforms).stream().map(code -> FormValues.valueOf(Platform.class, code))
                .filter(platform -> platform != null).toList();
    }

    private static List<String> values(List<String> chosen) {
        return chosen == null ? List.of() : chosen.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
