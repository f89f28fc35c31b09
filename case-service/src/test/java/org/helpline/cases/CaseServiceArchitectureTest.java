package org.helpline.cases;

import org.helpline.platform.testing.architecture.ModuleArchitecture;

/** Rules 1 to 4 of HelplineArchitecture (in platform's test-jar) over this service's production classes. */
class CaseServiceArchitectureTest extends ModuleArchitecture {

    CaseServiceArchitectureTest() {
        super("org.helpline.cases", "org.helpline.cases.caseflow.domain");
    }
}
