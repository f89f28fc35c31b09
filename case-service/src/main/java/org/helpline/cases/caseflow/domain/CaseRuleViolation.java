package org.helpline.cases.caseflow.domain;

import org.helpline.platform.domain.RuleViolation;

/** A command the case's current state does not allow; the message says why, for the associate. */
public class CaseRuleViolation extends RuleViolation {

    public CaseRuleViolation(String reason) {
        super(reason);
    }
}
