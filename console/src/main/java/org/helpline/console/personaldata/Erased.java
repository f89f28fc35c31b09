package org.helpline.console.personaldata;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.qute.TemplateData;

/** A line of the erasure ledger: which case, when, why, by whom, how many entries were destroyed. */
@TemplateData
public record Erased(UUID caseId, Instant erasedAt, ErasureReason reason, String erasedBy, int entriesErased) {
}
