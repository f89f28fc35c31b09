package org.helpline.intake;

import org.helpline.platform.testing.architecture.ModuleArchitecture;

/** Rules 1 to 4 of HelplineArchitecture (in platform's test-jar) over this service's production classes. */
class IntakeServiceArchitectureTest extends ModuleArchitecture {

    IntakeServiceArchitectureTest() {
        super("org.helpline.intake", "org.helpline.intake.contact.domain", "org.helpline.intake.phone.domain");
    }
}
