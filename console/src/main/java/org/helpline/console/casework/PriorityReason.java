package org.helpline.console.casework;

/** Why case-service put a case above NORMAL, in the report's order (case-service's {@code CasePriority.Reason}). */
public enum PriorityReason {
    PHYSICAL_DANGER,
    MINOR,
    VULNERABLE_OCCUPATION,
    VULNERABLE_COMMUNITY
}
