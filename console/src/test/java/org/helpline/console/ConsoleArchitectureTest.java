package org.helpline.console;

import org.helpline.platform.testing.architecture.ModuleArchitecture;

/** Rules 1 to 4 of HelplineArchitecture over the console: above all, it uses no service's classes, only their REST APIs. */
class ConsoleArchitectureTest extends ModuleArchitecture {

    ConsoleArchitectureTest() {
        super("org.helpline.console");
    }
}
