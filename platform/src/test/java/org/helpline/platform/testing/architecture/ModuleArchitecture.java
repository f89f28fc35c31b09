package org.helpline.platform.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * Rules 1 to 4 of {@link HelplineArchitecture} over one module's production classes. A module's test
 * names its root package and the domain packages it has, so that the domain rule is not vacuous there:
 * {@code super("org.helpline.cases", "org.helpline.cases.caseflow.domain")}.
 */
public abstract class ModuleArchitecture {

    // JUnit makes an instance per test method; the import (a few hundred classes) is done once per module
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String rootPackage;
    private final List<String> domainPackages;

    protected ModuleArchitecture(String rootPackage, String... domainPackages) {
        this.rootPackage = rootPackage;
        this.domainPackages = List.of(domainPackages);
    }

    private JavaClasses mainClasses() {
        JavaClasses classes = IMPORTED.computeIfAbsent(rootPackage, HelplineArchitecture::mainClassesOf);
        assertThat(classes).as("production classes under " + rootPackage).isNotEmpty();
        return classes;
    }

    @Test
    public void theDomainPackagesTheRulesGuardExist() {
        JavaClasses classes = mainClasses();
        for (String domain : domainPackages) {
            assertThat(classes.containPackage(domain)).as(domain).isTrue();
        }
    }

    @Test
    public void domainClassesDependOnNoFramework() {
        HelplineArchitecture.domainIsPlainJava().check(mainClasses());
    }

    @Test
    public void theApiNeverReachesIntoInfrastructure() {
        HelplineArchitecture.apiDoesNotReachIntoInfrastructure().check(mainClasses());
    }

    @Test
    public void nothingBelowTheApiDependsOnIt() {
        HelplineArchitecture.nothingBelowTheApiDependsOnIt().check(mainClasses());
    }

    @Test
    public void noOtherServiceIsUsed() {
        HelplineArchitecture.servicesAreIndependent().check(mainClasses());
    }
}
