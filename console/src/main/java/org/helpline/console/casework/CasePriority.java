package org.helpline.console.casework;

/** case-service's priority of a case, most urgent first (the worklist's order). */
public enum CasePriority {
    URGENT,
    HIGH,
    ELEVATED,
    NORMAL
}
