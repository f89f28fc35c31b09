package org.helpline.platform.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.cases.CaseAssigned;
import org.helpline.contracts.cases.CaseClosed;
import org.helpline.contracts.cases.CaseReopened;
import org.helpline.contracts.cases.ComplaintClassified;
import org.helpline.contracts.cases.PersonalDataErased;
import org.helpline.contracts.cases.ServiceProvided;
import org.helpline.contracts.contacts.CallEnded;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.contacts.FollowUpReceived;
import org.helpline.contracts.escalations.EscalationResolved;
import org.helpline.contracts.escalations.EscalationSent;
import org.helpline.contracts.escalations.PlatformChannelChanged;
import org.helpline.contracts.referrals.ReferralMade;
import org.helpline.contracts.referrals.ReferralOutcomeRecorded;
import org.helpline.contracts.referrals.ReferredToFIA;
import org.helpline.contracts.staff.StaffAccountCreated;
import org.helpline.contracts.staff.StaffAccountDisabled;
import org.helpline.contracts.staff.StaffAccountEnabled;
import org.helpline.contracts.staff.StaffRolesChanged;
import org.helpline.contracts.vocabulary.CaseOutcome;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.ChannelStatus;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.contracts.vocabulary.Service;

/** One typical instance of every integration event, with fixed ids and times (pinned JSON uses them). */
public final class SampleEvents {

    public static final UUID CASE = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    public static final UUID CONTACT = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    public static final UUID ESCALATION = UUID.fromString("00000000-0000-4000-8000-0000000000e1");
    public static final UUID REFERRAL = UUID.fromString("00000000-0000-4000-8000-0000000000f1");
    public static final Instant AT = Instant.parse("2023-03-08T09:30:00Z");

    private SampleEvents() {
    }

    public static CaseOpened caseOpened(UUID caseId, Instant openedAt) {
        return opening(caseId).openedAt(openedAt).build();
    }

    public static ComplaintClassified classified(UUID caseId, Category category) {
        return classification(caseId).category(category).build();
    }

    /** A CaseOpened with the sample's values (opened at {@link #AT}) unless told otherwise. */
    public static CaseOpenedBuilder opening(UUID caseId) {
        return new CaseOpenedBuilder(caseId);
    }

    /** A ComplaintClassified with the sample's values unless told otherwise. */
    public static ComplaintClassifiedBuilder classification(UUID caseId) {
        return new ComplaintClassifiedBuilder(caseId);
    }

    public static List<IntegrationEvent> all() {
        return List.of(
                caseOpened(CASE, AT),
                new FollowUpReceived(CASE, CONTACT, AT.plusSeconds(86_400), Channel.EMAIL),
                new CallEnded("call-2023-03-08-0001", CONTACT, AT.minusSeconds(600), AT.minusSeconds(120), true),
                classified(CASE, Category.CYBER_HARASSMENT),
                new ServiceProvided(CASE, AT.plusSeconds(7200), Service.LEGAL_ADVICE),
                new CaseAssigned(CASE, "associate", AT.plusSeconds(3000)),
                new CaseClosed(CASE, AT.plusSeconds(864_000), CaseOutcome.RESOLVED),
                new CaseReopened(CASE, AT.plusSeconds(900_000)),
                new PersonalDataErased(CASE, AT.plusSeconds(9_000_000), "RETENTION_EXPIRED"),
                new EscalationSent(CASE, ESCALATION, Platform.INSTAGRAM, EscalationReason.NCII, AT.plusSeconds(10_800)),
                new EscalationResolved(CASE, ESCALATION, Platform.INSTAGRAM, EscalationOutcome.RESOLVED,
                        AT.plusSeconds(180_000)),
                new PlatformChannelChanged(Platform.X, ChannelStatus.SUSPENDED, Instant.parse("2023-06-01T00:00:00Z")),
                new ReferredToFIA(CASE, REFERRAL, "Multan", "Bahawalpur", 89, false, AT.plusSeconds(14_400)),
                new ReferralMade(CASE, REFERRAL, ReferralTarget.LAWYER, "Lahore", AT.plusSeconds(14_400)),
                new ReferralOutcomeRecorded(CASE, REFERRAL, ReferralTarget.FIA, ReferralOutcome.COMPLAINT_REGISTERED,
                        AT.plusSeconds(1_000_000)),
                new StaffAccountCreated("amina.k", List.of("associate"), AT.minusSeconds(86_400)),
                new StaffRolesChanged("amina.k", List.of("associate"), List.of("associate", "legal"), AT),
                new StaffAccountDisabled("amina.k", AT.plusSeconds(86_400)),
                new StaffAccountEnabled("amina.k", AT.plusSeconds(172_800)));
    }
}
