package org.helpline.contracts.cases;

import org.helpline.contracts.CaseKeyed;
import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.contacts.FollowUpReceived;

/**
 * An event of a case's stream: intake's opening and follow-ups, then case-service's own. The set is closed
 * by {@link Visitor}: a new kind of case event must add its method there, and then every fold of a case
 * fails to compile until it says what the new event does. (Not a sealed interface: intake's events live in
 * another package, and the services run on the class path, where sealing cannot cross packages.)
 */
public interface CaseEvent extends CaseKeyed {

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of case event. */
    interface Visitor<R> {

        R opened(CaseOpened event);

        R followedUp(FollowUpReceived event);

        R classified(ComplaintClassified event);

        R served(ServiceProvided event);

        R assigned(CaseAssigned event);

        R closed(CaseClosed event);

        R reopened(CaseReopened event);

        R personalDataErased(PersonalDataErased event);
    }
}
