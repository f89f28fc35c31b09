package org.helpline.console.casework;

import java.util.List;

import org.helpline.console.page.FieldError;
import org.helpline.console.page.FormPage;
import org.helpline.console.page.Frame;
import org.helpline.console.page.ServicePart;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.contracts.vocabulary.Service;

/**
 * The case page as rendered: the case now, its timeline, the classification form (as the case is classified, or as
 * the person typed it), what is wrong with it, a notice, the events that came in since the version she saw when
 * her change was refused as stale, and the version the other forms send (the one she saw, when a form of hers
 * came back for a wrong field: a change made meanwhile is then refused, and shown, rather than absorbed). The
 * timeline holds the case's own events and its referrals' steps, in the order they happened.
 */
public record CasePage(Frame frame, CaseView kase, List<Moment> timeline, ServicePart<List<CaseReferral>> referrals,
        boolean escalationsUnavailable, ClassificationEntry entry, List<FieldError> errors, String notice, List<CaseHistoryEntry> changedMeanwhile,
        int formVersion) implements FormPage {

    /** The choices of the page's forms. */
    public record Choices(List<Category> categories, List<ComplaintType> complaintTypes, List<Platform> platforms,
            List<HarasserGender> harasserGenders, List<Relationship> relationships, List<Service> services,
            List<CaseOutcome> outcomes, List<ReadingPurpose> purposes, List<ReferralTarget> referralTargets) {
    }

    public static final Choices CHOICES = new Choices(List.of(Category.values()), List.of(ComplaintType.values()),
            List.of(Platform.values()), List.of(HarasserGender.values()), List.of(Relationship.values()),
            List.of(Service.values()), List.of(CaseOutcome.values()), List.of(ReadingPurpose.values()),
            List.of(ReferralTarget.values()));

    public Choices choices() {
        return CHOICES;
    }

    /** Case-service lets the case's assignee and supervisors read its personal data (need-to-know). */
    public boolean readsPersonalData() {
        return frame.supervises() || (kase.assignee() != null && kase.assignee().equals(frame.username()));
    }

    public boolean open() {
        return kase.status() == CaseStatus.OPEN;
    }
}
