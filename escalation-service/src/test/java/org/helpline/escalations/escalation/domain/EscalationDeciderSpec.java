package org.helpline.escalations.escalation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.helpline.contracts.escalations.EscalationEvent;
import org.helpline.contracts.escalations.EscalationResolved;
import org.helpline.contracts.escalations.EscalationSent;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.platform.domain.RuleViolation;

/** Given events, when a command, then events (or a refusal): the escalation rules without a framework. */
class EscalationDeciderSpec {

    private static final EscalationDecider RULES = new EscalationDecider();

    private static final UUID CASE = UUID.randomUUID();
    private static final UUID ESCALATION = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2023-06-01T10:00:00Z");
    private static final EscalationSent SENT = new EscalationSent(CASE, ESCALATION, Platform.X, EscalationReason.NCII,
            Instant.parse("2023-05-01T10:00:00Z"));

    @Test
    void givenASuspendedChannel_whenSending_thenRefusedSayingSo() {
        assertThatThrownBy(() -> RULES.decide(new EscalationCommand.SendEscalation(ESCALATION, CASE,
                Platform.X, EscalationReason.NCII, ChannelStatus.SUSPENDED, NOW), null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("SUSPENDED");
    }

    @Test
    void givenASentEscalation_whenTheSameIsSentAgainUnderItsId_thenNothingMoreEvenOnceItsChannelIsSuspended() {
        assertThat(when(List.of(SENT), new EscalationCommand.SendEscalation(ESCALATION, CASE, Platform.X,
                EscalationReason.NCII, ChannelStatus.SUSPENDED, NOW))).isEmpty();
        assertThatThrownBy(() -> when(List.of(SENT), new EscalationCommand.SendEscalation(ESCALATION, CASE,
                Platform.TIKTOK, EscalationReason.NCII, ChannelStatus.ACTIVE, NOW))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("another case, platform or reason");
    }

    @Test
    void givenAnUnansweredEscalation_whenTheClockRunsOut_thenNoResponse() {
        List<EscalationEvent> events = when(List.of(SENT), new EscalationCommand.ExpireUnanswered(ESCALATION, NOW));

        assertThat(events).containsExactly(
                new EscalationResolved(CASE, ESCALATION, Platform.X, EscalationOutcome.NO_RESPONSE, NOW));
    }

    @Test
    void givenAnAnsweredEscalation_whenTheClockRunsOut_thenNothingHappens() {
        List<EscalationEvent> answered = List.of(SENT,
                new EscalationResolved(CASE, ESCALATION, Platform.X, EscalationOutcome.RESOLVED, NOW));

        assertThat(when(answered, new EscalationCommand.ExpireUnanswered(ESCALATION, NOW))).isEmpty();
    }

    @Test
    void givenAnEscalationAgedOut_whenStaffResolveIt_thenRefused() {
        List<EscalationEvent> aged = List.of(SENT,
                new EscalationResolved(CASE, ESCALATION, Platform.X, EscalationOutcome.NO_RESPONSE, NOW));

        assertThatThrownBy(() -> when(aged, new EscalationCommand.ResolveEscalation(ESCALATION,
                EscalationOutcome.RESOLVED, NOW))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already resolved as NO_RESPONSE");
    }

    @Test
    void ageingHasADefaultAndExceptionsPerPlatform() {
        AgeingPolicy policy = AgeingPolicy.parse("14d", "X=30d, TIKTOK=12h");

        assertThat(policy.periodFor(Platform.FACEBOOK)).isEqualTo(Duration.ofDays(14));
        assertThat(policy.periodFor(Platform.X)).isEqualTo(Duration.ofDays(30));
        assertThat(policy.periodFor(Platform.TIKTOK)).isEqualTo(Duration.ofHours(12));
        assertThatThrownBy(() -> AgeingPolicy.parse("14d", "X:30d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void intimateImagesOnPartnerPlatformsAreSuggestedForEscalation_otherComplaintsAreNot() {
        assertThat(EscalationSuggestion.forClassification(List.of(ComplaintType.BLACKMAILING, ComplaintType.NCII),
                List.of(Platform.INSTAGRAM, Platform.DATING_APP))).containsExactly(
                        new EscalationSuggestion(Platform.INSTAGRAM, EscalationReason.NCII));
        assertThat(EscalationSuggestion.forClassification(List.of(ComplaintType.HACKING),
                List.of(Platform.FACEBOOK))).containsExactly(
                        new EscalationSuggestion(Platform.FACEBOOK, EscalationReason.HACKED_ACCOUNT));
        assertThat(EscalationSuggestion.forClassification(List.of(ComplaintType.FINANCIAL_FRAUD),
                List.of(Platform.FACEBOOK))).isEmpty();
    }

    private static List<EscalationEvent> when(List<EscalationEvent> given, EscalationCommand command) {
        return RULES.decide(command, RULES.fold(given));
    }
}
