package org.helpline.cases.caseflow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.helpline.contracts.cases.CaseAssigned;
import org.helpline.contracts.cases.CaseClosed;
import org.helpline.contracts.cases.CaseEvent;
import org.helpline.contracts.cases.CaseReopened;
import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.platform.testing.SampleEvents;

/** Given events, when a command, then events (or a refusal): the Case rules without any framework. */
class CaseDeciderSpec {

    private static final CaseDecider RULES = new CaseDecider();

    private static final UUID CASE = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2023-05-02T10:00:00Z");
    private static final CaseOpened OPENED = SampleEvents.caseOpened(CASE, Instant.parse("2023-05-01T08:00:00Z"));

    @Test
    void givenNoCase_whenIntakeOpensIt_thenTheCaseStarts() {
        assertThat(when(List.of(), new CaseCommand.StartCase(OPENED))).containsExactly(OPENED);
    }

    @Test
    void givenAStartedCase_whenTheSameOpeningArrivesAgain_thenNothingHappens() {
        assertThat(when(List.of(OPENED), new CaseCommand.StartCase(OPENED))).isEmpty();
    }

    @Test
    void givenAnOpenCase_whenClassified_thenComplaintClassified() {
        List<CaseEvent> events = when(List.of(OPENED), classify(ComplaintType.BLACKMAILING, ComplaintType.NCII));

        assertThat(events).singleElement().isInstanceOfSatisfying(ComplaintClassified.class, c -> {
            assertThat(c.classifiedAt()).isEqualTo(NOW);
            assertThat(c.complaintTypes()).containsExactly(ComplaintType.BLACKMAILING, ComplaintType.NCII);
        });
    }

    @Test
    void givenAClassifiedCase_whenReclassified_thenTheLatestClassificationCounts() {
        List<CaseEvent> history = List.of(OPENED, SampleEvents.classified(CASE, Category.GENERAL_INQUIRY));
        List<CaseEvent> events = when(history, classify(ComplaintType.HACKING));

        CaseState state = RULES.fold(concat(history, events));
        assertThat(state.classification().complaintTypes()).containsExactly(ComplaintType.HACKING);
        assertThat(state.classification().category()).isEqualTo(Category.CYBER_HARASSMENT);
    }

    @Test
    void givenAClosedCase_whenClassified_thenRefusedWithTheReason() {
        List<CaseEvent> history = List.of(OPENED, new CaseClosed(CASE, NOW, CaseOutcome.RESOLVED));

        assertThatThrownBy(() -> when(history, classify(ComplaintType.HACKING)))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("closed").hasMessageContaining("reopen");
    }

    @Test
    void givenAClosedCase_whenClosedAgain_thenRefused() {
        List<CaseEvent> history = List.of(OPENED, new CaseClosed(CASE, NOW, CaseOutcome.RESOLVED));

        assertThatThrownBy(() -> when(history, new CaseCommand.CloseCase(CASE, CaseOutcome.WITHDRAWN, NOW)))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("already closed");
    }

    @Test
    void givenAClosedCase_whenReopened_thenItIsOpenAgainAndCanBeClassified() {
        List<CaseEvent> history = List.of(OPENED, new CaseClosed(CASE, NOW, CaseOutcome.RESOLVED));
        List<CaseEvent> reopened = when(history, new CaseCommand.ReopenCase(CASE, NOW));

        assertThat(reopened).containsExactly(new CaseReopened(CASE, NOW));
        assertThat(when(concat(history, reopened), classify(ComplaintType.THREAT))).hasSize(1);
    }

    @Test
    void givenAnOpenCase_whenReopened_thenRefused() {
        assertThatThrownBy(() -> when(List.of(OPENED), new CaseCommand.ReopenCase(CASE, NOW)))
                .isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void givenNoCase_whenClassified_thenRefused() {
        assertThatThrownBy(() -> when(List.of(), classify(ComplaintType.HACKING))).isInstanceOf(CaseRuleViolation.class);
    }

    @Test
    void givenAnOpenCase_whenAssigned_thenCaseAssigned_andAssigningToTheSamePersonAgainDoesNothing() {
        List<CaseEvent> assigned = when(List.of(OPENED), new CaseCommand.AssignCase(CASE, "sana", NOW));

        assertThat(assigned).containsExactly(new CaseAssigned(CASE, "sana", NOW));
        assertThat(when(concat(List.of(OPENED), assigned), new CaseCommand.AssignCase(CASE, "sana", NOW))).isEmpty();
        assertThat(when(concat(List.of(OPENED), assigned), new CaseCommand.AssignCase(CASE, "ali", NOW)))
                .containsExactly(new CaseAssigned(CASE, "ali", NOW));
    }

    @Test
    void givenAClosedCase_whenAssigned_thenRefused() {
        List<CaseEvent> history = List.of(OPENED, new CaseClosed(CASE, NOW, CaseOutcome.RESOLVED));

        assertThatThrownBy(() -> when(history, new CaseCommand.AssignCase(CASE, "sana", NOW)))
                .isInstanceOf(CaseRuleViolation.class).hasMessageContaining("closed");
    }

    @Test
    void givenAClosedCase_whenTheComplainantComesBack_thenTheFollowUpIsStillCounted() {
        FollowUpReceived followUp = new FollowUpReceived(CASE, UUID.randomUUID(), NOW, Channel.PHONE);
        List<CaseEvent> history = List.of(OPENED, new CaseClosed(CASE, NOW, CaseOutcome.RESOLVED));

        List<CaseEvent> counted = when(history, new CaseCommand.CountFollowUp(followUp));

        assertThat(counted).containsExactly(followUp);
        assertThat(RULES.fold(concat(history, counted)).followUps()).isEqualTo(1);
    }

    @Test
    void priorityFollowsTheReport_physicalDangerThenMinorsThenVulnerableGroups() {
        CaseState adult = RULES.fold(List.of(OPENED));
        assertThat(adult.priority()).isEqualTo(CasePriority.NORMAL);

        CaseState threatened = RULES.fold(concat(List.of(OPENED),
                when(List.of(OPENED), classify(ComplaintType.ABUSIVE_MESSAGES, ComplaintType.THREATS_OF_PHYSICAL_VIOLENCE))));
        assertThat(threatened.priority()).isEqualTo(CasePriority.URGENT);

        CaseOpened minor = SampleEvents.opening(CASE).openedAt(OPENED.openedAt()).ageBand(AgeBand.UNDER_18)
                .occupation(Occupation.JOURNALIST).build();
        assertThat(RULES.fold(List.of(minor)).priority()).isEqualTo(CasePriority.HIGH);

        CaseOpened journalist = SampleEvents.opening(CASE).openedAt(OPENED.openedAt())
                .occupation(Occupation.JOURNALIST).build();
        assertThat(RULES.fold(List.of(journalist)).priority()).isEqualTo(CasePriority.ELEVATED);
    }

    private static List<CaseEvent> when(List<CaseEvent> given, CaseCommand command) {
        return RULES.decide(command, RULES.fold(given));
    }

    private static CaseCommand.ClassifyComplaint classify(ComplaintType... types) {
        return new CaseCommand.ClassifyComplaint(CASE, Category.CYBER_HARASSMENT, List.of(types),
                List.of(Platform.FACEBOOK), HarasserGender.MALE, Relationship.STRANGER, false, NOW);
    }

    private static List<CaseEvent> concat(List<CaseEvent> a, List<CaseEvent> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
