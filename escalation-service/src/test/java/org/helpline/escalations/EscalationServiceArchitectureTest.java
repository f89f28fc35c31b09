package org.helpline.escalations;

import org.helpline.platform.testing.architecture.ModuleArchitecture;

/** Rules 1 to 4 of HelplineArchitecture (in platform's test-jar) over this service's production classes. */
class EscalationServiceArchitectureTest extends ModuleArchitecture {

    EscalationServiceArchitectureTest() {
        super("org.helpline.escalations",
                "org.helpline.escalations.channel.domain", "org.helpline.escalations.escalation.domain");
    }
}
