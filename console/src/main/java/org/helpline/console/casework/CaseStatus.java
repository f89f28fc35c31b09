package org.helpline.console.casework;

/** A case's state as case-service's worklist answers it. */
public enum CaseStatus {
    OPEN,
    CLOSED
}
