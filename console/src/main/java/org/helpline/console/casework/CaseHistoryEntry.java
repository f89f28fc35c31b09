package org.helpline.console.casework;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Service;

/**
 * One event of case-service's {@code GET /api/cases/{caseId}/history}, as the timeline reads it: its wire type
 * and what the timeline shows of it. {@code event} reads the fields of every kind of case event, each absent where
 * the kind has none (a tolerant reader: a field the timeline does not show is ignored); {@code city} is the
 * complainant's, as CaseOpened gave it (the referral page finds the nearest FIA wing from it).
 */
public record CaseHistoryEntry(int version, String type, Instant recordedAt, Details event) implements Moment {

    public record Details(Instant openedAt, Instant receivedAt, Instant classifiedAt, Instant providedAt,
            Instant assignedAt, Instant closedAt, Instant reopenedAt, Instant erasedAt, Channel channel,
            Category category, List<ComplaintType> complaintTypes, List<Platform> platforms, Service service,
            String assignee, CaseOutcome outcome, String reasonCode, String city) {
    }

    @Override
    public String kind() {
        return "case";
    }

    /** When it happened (the event's own time, e.g. when the contact was received), else when it was recorded. */
    @Override
    public Instant at() {
        if (event == null) {
            return recordedAt;
        }
        return Stream.of(event.openedAt(), event.receivedAt(), event.classifiedAt(), event.providedAt(),
                event.assignedAt(), event.closedAt(), event.reopenedAt(), event.erasedAt())
                .filter(time -> time != null).findFirst().orElse(recordedAt);
    }

    /** The bundle's key of this kind of event ({@code timeline_CaseOpened}); an unknown kind has its own. */
    public String textKey() {
        return KNOWN.contains(type) ? "timeline_" + type : "timeline_other";
    }

    private static final List<String> KNOWN = List.of("CaseOpened", "FollowUpReceived", "ComplaintClassified",
            "ServiceProvided", "CaseAssigned", "CaseClosed", "CaseReopened", "PersonalDataErased");
}
