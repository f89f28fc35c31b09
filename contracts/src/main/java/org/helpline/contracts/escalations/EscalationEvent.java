package org.helpline.contracts.escalations;

import org.helpline.contracts.IntegrationEvent;

/** An event of one escalation's stream: sent, then resolved once. {@link Visitor} keeps every fold complete. */
public sealed interface EscalationEvent extends IntegrationEvent permits EscalationSent, EscalationResolved {

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of escalation event. */
    interface Visitor<R> {

        R sent(EscalationSent event);

        R resolved(EscalationResolved event);
    }
}
