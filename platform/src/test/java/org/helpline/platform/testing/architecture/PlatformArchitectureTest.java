package org.helpline.platform.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/** Platform's own classes keep rules 1 to 4; the contracts jar, on platform's class path, keeps rule 5. */
class PlatformArchitectureTest extends ModuleArchitecture {

    PlatformArchitectureTest() {
        super("org.helpline.platform", "org.helpline.platform.domain");
    }

    @Test
    void contractsAndTheGazetteerDependOnNothingButJava() {
        JavaClasses contracts = HelplineArchitecture.mainClassesOf("org.helpline.contracts", "org.helpline.geo");
        // not vacuous: the events, vocabularies and the gazetteer are all there
        assertThat(contracts.containPackage("org.helpline.contracts.vocabulary")).isTrue();
        assertThat(contracts.containPackage("org.helpline.geo")).isTrue();
        assertThat(contracts).hasSizeGreaterThan(10);
        HelplineArchitecture.contractsArePlainJava(HelplineArchitecture.ROOT).check(contracts);
    }
}
