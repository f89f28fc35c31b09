package org.helpline.console.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;

import io.quarkus.qute.TemplateData;

/**
 * A referral of the case as referral-service keeps it: where it went (for the FIA the wing, and how far it is from
 * the complainant's city, null when her city is not known) and each outcome step since, in order.
 */
@TemplateData
public record CaseReferral(UUID referralId, ReferralTarget target, String city, String wing, Integer distanceKm,
        Boolean sameCity, Instant referredAt, ReferralOutcome outcome, List<Step> steps) {

    public record Step(ReferralOutcome outcome, Instant recordedAt) {
    }

    public CaseReferral {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** After DECLINED, NO_CONTACT or RESOLVED nothing more is recorded. */
    public boolean ended() {
        return outcome != null && outcome.isFinal();
    }

    /** The outcomes that may still be recorded: each step once. */
    public List<ReferralOutcome> nextOutcomes() {
        return Arrays.stream(ReferralOutcome.values()).filter(o -> steps.stream().noneMatch(s -> s.outcome() == o))
                .toList();
    }

    /** The referral and each of its steps, as moments of the case's timeline. */
    public List<Moment> moments() {
        List<Moment> moments = new ArrayList<>();
        moments.add(new ReferralMoment(this, null, referredAt));
        steps.forEach(step -> moments.add(new ReferralMoment(this, step.outcome(), step.recordedAt())));
        return moments;
    }

    /** The referral made ({@code outcome} null) or one of its outcome steps. */
    @TemplateData
    public record ReferralMoment(CaseReferral referral, ReferralOutcome outcome, Instant at) implements Moment {

        @Override
        public String kind() {
            return "referral";
        }
    }
}
