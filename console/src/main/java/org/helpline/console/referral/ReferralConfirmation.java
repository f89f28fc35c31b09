package org.helpline.console.referral;

import java.util.List;
import java.util.UUID;

import org.helpline.console.casework.CaseView;
import org.helpline.console.page.FieldError;
import org.helpline.console.page.FormPage;
import org.helpline.console.page.Frame;
import org.helpline.contracts.vocabulary.ReferralTarget;

/**
 * The page between choosing where a case goes and referring it: for the FIA the wing nearest to the complainant's
 * city and how far she would travel, or (her city not known) the wings to choose from with her; for a lawyer or a
 * counsellor the directory, nearest first. {@code referralId} is this rendering's own: sent twice, it refers once.
 */
public record ReferralConfirmation(Frame frame, CaseView kase, ReferralTarget target, String city,
        ReferralService.NearestWing nearest, List<ReferralService.FiaWing> wings, List<DirectoryEntry> directory,
        UUID referralId, String chosenWing, List<FieldError> errors, String notice) implements FormPage {

    /** An FIA referral whose complainant's city gives no wing: the wing chosen with her is asked for. */
    public boolean asksForWing() {
        return target == ReferralTarget.FIA && nearest == null;
    }
}
