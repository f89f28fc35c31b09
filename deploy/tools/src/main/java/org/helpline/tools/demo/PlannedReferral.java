package org.helpline.tools.demo;

import java.util.List;

import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;

/** A referral; {@code wing} only for an FIA referral of a complainant whose city is not known. */
record PlannedReferral(ReferralTarget target, String city, String wing, List<ReferralOutcome> outcomes) {
}
