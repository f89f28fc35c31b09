package org.helpline.platform.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;

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

    /** Rules 1 to 4, each named after what it keeps true in a module. */
    public enum ModuleRule {
        DOMAIN_CLASSES_DEPEND_ON_NO_FRAMEWORK(HelplineArchitecture::domainIsPlainJava),
        THE_API_NEVER_REACHES_INTO_INFRASTRUCTURE(HelplineArchitecture::apiDoesNotReachIntoInfrastructure),
        NOTHING_BELOW_THE_API_DEPENDS_ON_IT(HelplineArchitecture::nothingBelowTheApiDependsOnIt),
        NO_OTHER_SERVICE_IS_USED(HelplineArchitecture::servicesAreIndependent);

        private final Function<String, ArchRule> rooted;

        ModuleRule(Function<String, ArchRule> rooted) {
            this.rooted = rooted;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ModuleRule.class)
    public void theModuleKeeps(ModuleRule rule) {
        rule.rooted.apply(HelplineArchitecture.ROOT).check(mainClasses());
    }
}
