package org.helpline.platform.domain;

/**
 * A command that breaks a business rule of an aggregate (classifying a closed case, resolving an
 * escalation twice). Plain Java so that domains can throw it; answered as 409 with the reason.
 */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String reason) {
        super(reason);
    }
}
