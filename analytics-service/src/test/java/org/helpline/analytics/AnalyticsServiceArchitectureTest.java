package org.helpline.analytics;

import org.helpline.platform.testing.architecture.ModuleArchitecture;

/** Rules 1 to 4 of HelplineArchitecture (in platform's test-jar) over this service's production classes. */
class AnalyticsServiceArchitectureTest extends ModuleArchitecture {

    AnalyticsServiceArchitectureTest() {
        // no aggregate here: projections only, so no domain package to guard
        super("org.helpline.analytics");
    }
}
