package org.helpline.referrals.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.referrals.ReferralEvent;
import org.helpline.contracts.referrals.ReferralOutcomeRecorded;
import org.helpline.contracts.referrals.ReferredToFIA;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.platform.domain.RuleViolation;
import org.helpline.referrals.fia.FiaWings;

/** Given events, when a command, then an event (or a refusal): the referral rules without a framework. */
class ReferralDeciderSpec {

    private static final ReferralDecider RULES = new ReferralDecider();

    private static final UUID CASE = UUID.randomUUID();
    private static final UUID REFERRAL = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2023-07-01T10:00:00Z");
    private static final ReferredToFIA REFERRED = new ReferredToFIA(CASE, REFERRAL, "Multan", "Bahawalpur", 86, false,
            Instant.parse("2023-06-01T10:00:00Z"));

    @Test
    void givenNoKnownCity_whenReferringToTheFia_thenRefused() {
        assertThatThrownBy(() -> ReferralDecider.refer(new ReferCase(REFERRAL, CASE, ReferralTarget.FIA, "Atlantis",
                null, NOW), Optional.empty())).isInstanceOf(RuleViolation.class).hasMessageContaining("gazetteer");
    }

    @Test
    void givenAKnownCity_whenReferringToTheFia_thenTheNearestWingIsNamed() {
        IntegrationEvent event = ReferralDecider.refer(new ReferCase(REFERRAL, CASE, ReferralTarget.FIA, "Sialkot", null,
                NOW), Optional.of(new FiaWings.NearestWing("Gujranwala", "Sialkot", 49, false)));

        assertThat(event).isEqualTo(new ReferredToFIA(CASE, REFERRAL, "Gujranwala", "Sialkot", 49, false, NOW));
    }

    @Test
    void givenNoCityButAChosenWing_whenReferringToTheFia_thenTheWingIsNamedWithoutADistance() {
        IntegrationEvent event = ReferralDecider.refer(new ReferCase(REFERRAL, CASE, ReferralTarget.FIA, null, "Lahore",
                NOW), Optional.of(new FiaWings.NearestWing("Lahore", null, null, null)));

        assertThat(event).isEqualTo(new ReferredToFIA(CASE, REFERRAL, "Lahore", null, null, null, NOW));
    }

    @Test
    void givenAReferral_whenTheSameReferralIsSentAgain_thenNothingMoreIsRecordedButAnotherCaseOrWingUnderItsIdIsRefused() {
        ReferralState made = RULES.fold(List.of(REFERRED));
        Optional<FiaWings.NearestWing> multan = Optional.of(new FiaWings.NearestWing("Multan", "Bahawalpur", 86, false));

        assertThat(RULES.decide(new ReferCase(REFERRAL, CASE, ReferralTarget.FIA, "Bahawalpur", null, NOW, multan),
                made)).isEmpty();
        assertThatThrownBy(() -> RULES.decide(new ReferCase(REFERRAL, CASE, ReferralTarget.FIA, null, "Karachi", NOW,
                Optional.of(new FiaWings.NearestWing("Karachi", null, null, null))), made))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("wing");
        assertThatThrownBy(() -> RULES.decide(new ReferCase(REFERRAL, UUID.randomUUID(), ReferralTarget.FIA,
                "Bahawalpur", null, NOW), made)).isInstanceOf(RuleViolation.class).hasMessageContaining("another case");
        assertThatThrownBy(() -> RULES.decide(new ReferCase(REFERRAL, CASE, ReferralTarget.POLICE, "Bahawalpur", null,
                NOW), made)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void givenAKnownCity_whenAnotherWingIsNamed_thenRefused() {
        assertThatThrownBy(() -> ReferralDecider.refer(new ReferCase(REFERRAL, CASE, ReferralTarget.FIA, "Sialkot",
                "Karachi", NOW), Optional.of(new FiaWings.NearestWing("Gujranwala", "Sialkot", 49, false))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("nearest wing to Sialkot is Gujranwala");
    }

    @Test
    void givenAReferral_whenStepsAndThenAnEndAreRecorded_thenEachIsRecordedOnce() {
        List<ReferralEvent> history = List.of(REFERRED, outcome(ReferralOutcome.COMPLAINT_REGISTERED));

        assertThatThrownBy(() -> when(history, ReferralOutcome.COMPLAINT_REGISTERED))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already has");
        assertThat(when(history, ReferralOutcome.FIR_LODGED)).isEqualTo(outcome(ReferralOutcome.FIR_LODGED));
    }

    @Test
    void givenAnEndedReferral_whenAnotherOutcomeArrives_thenRefused() {
        List<ReferralEvent> history = List.of(REFERRED, outcome(ReferralOutcome.NO_CONTACT));

        assertThatThrownBy(() -> when(history, ReferralOutcome.RESOLVED)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already ended as NO_CONTACT");
        assertThat(RULES.fold(history).outcome()).isEqualTo(ReferralOutcome.NO_CONTACT);
    }

    private static ReferralOutcomeRecorded outcome(ReferralOutcome outcome) {
        return new ReferralOutcomeRecorded(CASE, REFERRAL, ReferralTarget.FIA, outcome, NOW);
    }

    private static ReferralOutcomeRecorded when(List<ReferralEvent> given, ReferralOutcome outcome) {
        return ReferralDecider.recordOutcome(new RecordOutcome(REFERRAL, outcome, NOW), RULES.fold(given));
    }
}
