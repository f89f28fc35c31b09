package org.helpline.referrals.referral.domain;

import java.util.List;
import java.util.Optional;

import org.helpline.contracts.referrals.ReferralEvent;
import org.helpline.contracts.referrals.ReferralMade;
import org.helpline.contracts.referrals.ReferralOutcomeRecorded;
import org.helpline.contracts.referrals.ReferredToFIA;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.platform.domain.Decider;
import org.helpline.platform.domain.RuleViolation;
import org.helpline.referrals.fia.FiaWings;

/**
 * A referral to the FIA goes to the nearest cybercrime wing; any other referral is recorded as made;
 * outcomes follow until one ends it.
 */
public final class ReferralDecider implements Decider<ReferralCommand, ReferralEvent, ReferralState> {

    @Override
    public List<ReferralEvent> decide(ReferralCommand command, ReferralState state) {
        if (command instanceof ReferCase refer) {
            if (state != null) {
                // the same referral sent again under its id (a form posted twice): it was made, nothing more to do;
                // the same id with another case, target or wing is another referral, refused
                if (state.caseId().equals(refer.caseId()) && state.target() == refer.target()
                        && sameWing(state, refer)) {
                    return List.of();
                }
                throw new RuleViolation("Referral " + refer.referralId() + " was already made, for another case, "
                        + "target or wing.");
            }
            return List.of(refer(refer, refer.nearestWing()));
        }
        return List.of(recordOutcome((RecordOutcome) command, state));
    }

    private static boolean sameWing(ReferralState made, ReferCase again) {
        if (made.target() != ReferralTarget.FIA) {
            return true;
        }
        String wing = again.nearestWing().map(FiaWings.NearestWing::wing).orElse(again.wing());
        return wing != null && wing.trim().equalsIgnoreCase(made.wing());
    }

    /**
     * @param nearestWing the wing nearest to the command's city; when the city is unknown, the wing the
     *                    command names (without a distance), or empty when it names none
     */
    public static ReferralEvent refer(ReferCase command, Optional<FiaWings.NearestWing> nearestWing) {
        if (command.target() != ReferralTarget.FIA) {
            return new ReferralMade(command.caseId(), command.referralId(), command.target(), command.city(),
                    command.at());
        }
        FiaWings.NearestWing wing = nearestWing.orElseThrow(() -> new RuleViolation(
                "An FIA referral needs the complainant's city from the gazetteer, to find the nearest wing, "
                        + "or (when she did not say where she lives) the wing chosen with her."));
        if (command.wing() != null && wing.complainantCity() != null
                && !wing.wing().equalsIgnoreCase(command.wing().trim())) {
            throw new RuleViolation("The nearest wing to " + wing.complainantCity() + " is " + wing.wing()
                    + "; name a wing only when the complainant's city is not known.");
        }
        return new ReferredToFIA(command.caseId(), command.referralId(), wing.wing(), wing.complainantCity(),
                wing.distanceKm(), wing.sameCity(), command.at());
    }

    /**
     * Steps (COMPLAINT_REGISTERED, FIR_LODGED) may be recorded on the way, each once; after a final
     * outcome (DECLINED, NO_CONTACT, RESOLVED) the referral is closed to further outcomes.
     */
    public static ReferralOutcomeRecorded recordOutcome(RecordOutcome command, ReferralState state) {
        if (state == null) {
            throw new RuleViolation("No referral " + command.referralId() + ".");
        }
        ReferralOutcome latest = state.outcome();
        if (latest != null && latest.isFinal()) {
            throw new RuleViolation("Referral " + state.referralId() + " already ended as " + latest + ".");
        }
        if (state.outcomes().contains(command.outcome())) {
            throw new RuleViolation("Referral " + state.referralId() + " already has the outcome " + command.outcome()
                    + ".");
        }
        return new ReferralOutcomeRecorded(state.caseId(), state.referralId(), state.target(), command.outcome(),
                command.at());
    }

    @Override
    public ReferralState evolve(ReferralState state, ReferralEvent event) {
        return event.accept(new ReferralEvent.Visitor<>() {
            @Override
            public ReferralState made(ReferralMade made) {
                return new ReferralState(made.referralId(), made.caseId(), made.target(), made.city(), null, null,
                        null, made.referredAt(), List.of());
            }

            @Override
            public ReferralState referredToFia(ReferredToFIA fia) {
                return new ReferralState(fia.referralId(), fia.caseId(), ReferralTarget.FIA, fia.complainantCity(),
                        fia.wing(), fia.distanceKm(), fia.sameCity(), fia.referredAt(), List.of());
            }

            @Override
            public ReferralState outcomeRecorded(ReferralOutcomeRecorded recorded) {
                return state.with(recorded.outcome(), recorded.recordedAt());
            }
        });
    }
}
