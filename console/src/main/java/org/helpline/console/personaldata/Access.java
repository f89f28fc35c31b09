package org.helpline.console.personaldata;

import java.time.Instant;
import java.util.UUID;

import org.helpline.console.casework.ReadingPurpose;
import org.helpline.console.page.FormValues;

import io.quarkus.qute.TemplateData;

/**
 * A line of the personal-data access log: who tried to read a case's personal data, when, why, and what came of
 * it ({@code READ}, {@code REFUSED_<status>} or {@code FAILED}).
 */
@TemplateData
public record Access(UUID caseId, Instant accessedAt, String actor, String purpose, String outcome) {

    public ReadingPurpose why() {
        return FormValues.valueOf(ReadingPurpose.class, purpose);
    }

    /** The bundle's key of the outcome: read, refused (with the status) or failed. */
    public String outcomeKey() {
        if ("READ".equals(outcome)) {
            return "access_read";
        }
        return outcome != null && outcome.startsWith("REFUSED") ? "access_refused" : "access_failed";
    }

    public boolean refused() {
        return !"READ".equals(outcome);
    }
}
