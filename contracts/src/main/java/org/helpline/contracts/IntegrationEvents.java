package org.helpline.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

/** Every integration event of the platform, by wire type. Adding an event means adding a line here. */
public final class IntegrationEvents {

    public static final List<EventContract<?>> ALL = List.of(
            new EventContract<>("CaseOpened", 1, Topics.CONTACTS, CaseOpened.class),
            new EventContract<>("FollowUpReceived", 1, Topics.CONTACTS, FollowUpReceived.class),
            new EventContract<>("CallEnded", 1, Topics.CONTACTS, CallEnded.class),
            new EventContract<>("ComplaintClassified", 1, Topics.CASES, ComplaintClassified.class),
            new EventContract<>("ServiceProvided", 1, Topics.CASES, ServiceProvided.class),
            new EventContract<>("CaseAssigned", 1, Topics.CASES, CaseAssigned.class),
            new EventContract<>("CaseClosed", 1, Topics.CASES, CaseClosed.class),
            new EventContract<>("CaseReopened", 1, Topics.CASES, CaseReopened.class),
            new EventContract<>("PersonalDataErased", 1, Topics.CASES, PersonalDataErased.class),
            new EventContract<>("EscalationSent", 1, Topics.ESCALATIONS, EscalationSent.class),
            new EventContract<>("EscalationResolved", 1, Topics.ESCALATIONS, EscalationResolved.class),
            new EventContract<>("PlatformChannelChanged", 1, Topics.ESCALATIONS, PlatformChannelChanged.class),
            new EventContract<>("ReferredToFIA", 1, Topics.REFERRALS, ReferredToFIA.class),
            new EventContract<>("ReferralMade", 1, Topics.REFERRALS, ReferralMade.class),
            new EventContract<>("ReferralOutcomeRecorded", 1, Topics.REFERRALS, ReferralOutcomeRecorded.class),
            new EventContract<>("StaffAccountCreated", 1, Topics.STAFF, StaffAccountCreated.class),
            new EventContract<>("StaffRolesChanged", 1, Topics.STAFF, StaffRolesChanged.class),
            new EventContract<>("StaffAccountDisabled", 1, Topics.STAFF, StaffAccountDisabled.class),
            new EventContract<>("StaffAccountEnabled", 1, Topics.STAFF, StaffAccountEnabled.class));

    private static final Map<String, EventContract<?>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventContract::type, Function.identity()));
    private static final Map<Class<?>, EventContract<?>> BY_CLASS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventContract::javaType, Function.identity()));

    private IntegrationEvents() {
    }

    public static Optional<EventContract<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventContract<?> of(IntegrationEvent event) {
        EventContract<?> contract = BY_CLASS.get(event.getClass());
        if (contract == null) {
            throw new IllegalArgumentException("no contract registered for " + event.getClass().getSimpleName());
        }
        return contract;
    }
}
