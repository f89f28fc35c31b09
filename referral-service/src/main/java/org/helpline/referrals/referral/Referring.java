package org.helpline.referrals.referral;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.platform.aggregate.CommandLoop;
import org.helpline.platform.knowncases.KnownCases;
import org.helpline.referrals.fia.FiaWings;
import org.helpline.referrals.referral.domain.RecordOutcome;
import org.helpline.referrals.referral.domain.ReferCase;
import org.helpline.referrals.referral.domain.ReferralCommand;
import org.helpline.referrals.referral.domain.ReferralState;

/** Refers known cases and records what became of the referrals; one stream per referral. */
@ApplicationScoped
public class Referring {

    @Inject
    CommandLoop loop;
    @Inject
    ReferralStreams streams;
    @Inject
    KnownCases knownCases;
    @Inject
    FiaWings wings;
    @Inject
    Clock clock;

    /**
     * {@code referralId}: the client's own id for this referral (a form's), so that sending it again refers once; or
     * null (then one of ours). Twice at the same moment: {@link CommandLoop#openUnderClientsId}.
     */
    public ReferralState refer(UUID referralId, UUID caseId, ReferralTarget target, String city, String wing,
            String actor) {
        UUID id = referralId == null ? UUID.randomUUID() : referralId;
        return loop.openUnderClientsId(referralId != null, () -> referOnce(id, caseId, target, city, wing, actor));
    }

    private ReferralState referOnce(UUID referralId, UUID caseId, ReferralTarget target, String city, String wing,
            String actor) {
        knownCases.require(caseId);
        Optional<FiaWings.NearestWing> nearest = target != ReferralTarget.FIA ? Optional.empty()
                : (city == null ? Optional.<FiaWings.NearestWing>empty() : wings.nearestTo(city))
                        .or(() -> wing == null ? Optional.empty() : wings.chosenWithoutLocation(wing));
        return run(new ReferCase(referralId, caseId, target, city, wing, clock.instant(), nearest), actor);
    }

    @Transactional
    public ReferralState recordOutcome(UUID referralId, ReferralOutcome outcome, String actor) {
        return run(new RecordOutcome(referralId, outcome, clock.instant()), actor);
    }

    @Transactional
    public ReferralState read(UUID referralId) {
        return loop.read(streams, referralId.toString()).state();
    }

    private ReferralState run(ReferralCommand command, String actor) {
        return loop.handle(streams, command.referralId().toString(), command, actor);
    }
}
