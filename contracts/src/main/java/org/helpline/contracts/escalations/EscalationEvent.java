package org.helpline.contracts.escalations;

import org.helpline.contracts.CaseKeyed;

/** An event of one escalation's stream: sent, then resolved once. {@link Visitor} keeps every fold complete. */
public sealed interface EscalationEvent extends CaseKeyed permits EscalationSent, EscalationResolved {

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of escalation event. */
    interface Visitor<R> {

        R sent(EscalationSent event);

        R resolved(EscalationResolved event);
    }
}
