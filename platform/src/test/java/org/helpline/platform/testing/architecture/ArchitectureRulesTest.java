package org.helpline.platform.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every rule of {@link HelplineArchitecture} can fail: each fixture under
 * {@code org.helpline.architecturefixtures} breaks one rule, and the failure names the offending classes.
 * The well-formed fixture keeps them all, so a rule that fails there would be too strict to be useful.
 */
class ArchitectureRulesTest {

    private static final String FIXTURES = "org.helpline.architecturefixtures.";

    /** Each broken fixture, by the rule it breaks (the rule rooted at that fixture). */
    private static final Map<String, Function<String, ArchRule>> RULE_BROKEN_BY = rulesByFixture();

    private static Map<String, Function<String, ArchRule>> rulesByFixture() {
        Map<String, Function<String, ArchRule>> rules = new LinkedHashMap<>();
        rules.put("domainusesjpa", HelplineArchitecture::domainIsPlainJava);
        rules.put("apiusesinfrastructure", HelplineArchitecture::apiDoesNotReachIntoInfrastructure);
        rules.put("usecaseusesapi", HelplineArchitecture::nothingBelowTheApiDependsOnIt);
        rules.put("serviceusesservice", HelplineArchitecture::servicesAreIndependent);
        rules.put("platformusesservice", HelplineArchitecture::servicesAreIndependent);
        rules.put("contractsusejackson", HelplineArchitecture::contractsArePlainJava);
        return rules;
    }

    private static final List<Function<String, ArchRule>> ALL_RULES = List.of(
            HelplineArchitecture::domainIsPlainJava,
            HelplineArchitecture::apiDoesNotReachIntoInfrastructure,
            HelplineArchitecture::nothingBelowTheApiDependsOnIt,
            HelplineArchitecture::servicesAreIndependent,
            HelplineArchitecture::contractsArePlainJava);

    @Test
    void aDomainClassUsingJpaBreaksTheDomainRule() {
        assertBroken("domainusesjpa", "intake.thing.domain.Thing", "jakarta.persistence.EntityManager");
    }

    @Test
    void aResourceUsingTheStoreBreaksTheApiRule() {
        assertBroken("apiusesinfrastructure", "intake.thing.api.ThingResource",
                "intake.thing.infrastructure.ThingStore");
    }

    @Test
    void aUseCaseOrStoreTakingARequestTypeBreaksTheLayeringRule() {
        assertBroken("usecaseusesapi", "intake.thing.ReceivingThing", "intake.thing.infrastructure.ThingStore",
                "intake.thing.api.ThingRequest");
    }

    @Test
    void aServiceUsingAnotherServicesClassBreaksTheIndependenceRule() {
        assertBroken("serviceusesservice", "intake.thing.ReceivingThing", "cases.file.CaseFile");
    }

    @Test
    void platformUsingAServiceClassBreaksTheIndependenceRule() {
        assertBroken("platformusesservice", "platform.outbox.Relay", "intake.thing.domain.Thing");
    }

    @Test
    void contractsUsingJacksonOrTheGazetteerUsingPlatformBreakTheContractsRule() {
        assertBroken("contractsusejackson", "contracts.ThingHappened", "com.fasterxml.jackson.databind.JsonNode",
                "geo.Town", "platform.domain.RuleBroken");
    }

    @Test
    void theWellFormedFixtureKeepsEveryRule() {
        JavaClasses classes = fixture("wellformed");
        assertThat(classes).hasSizeGreaterThanOrEqualTo(10);
        for (Function<String, ArchRule> rule : ALL_RULES) {
            ArchRule rooted = rule.apply(FIXTURES + "wellformed");
            assertThatCode(() -> rooted.check(classes)).as(rooted.getDescription()).doesNotThrowAnyException();
        }
    }

    @Test
    void eachBrokenFixtureBreaksNoOtherRule() {
        RULE_BROKEN_BY.forEach((name, broken) -> {
            String root = FIXTURES + name;
            JavaClasses classes = fixture(name);
            for (Function<String, ArchRule> rule : ALL_RULES) {
                // a fixture without, say, contracts has nothing for rule 5 to check: that is not a violation
                ArchRule rooted = rule.apply(root).allowEmptyShould(true);
                if (!rooted.getDescription().equals(broken.apply(root).getDescription())) {
                    assertThatCode(() -> rooted.check(classes)).as(name + ": " + rooted.getDescription())
                            .doesNotThrowAnyException();
                }
            }
        });
    }

    /** The fixture's rule fails, naming each class: relative to the fixture's root, or outside it. */
    private static void assertBroken(String name, String... named) {
        String root = FIXTURES + name;
        ArchRule rule = RULE_BROKEN_BY.get(name).apply(root);
        assertThatThrownBy(() -> rule.check(fixture(name)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(rule.getDescription())
                .satisfies(failure -> {
                    for (String type : named) {
                        boolean foreign = type.startsWith("com.") || type.startsWith("jakarta.");
                        assertThat(failure.getMessage()).contains("<" + (foreign ? type : root + "." + type));
                    }
                });
    }

    private static JavaClasses fixture(String name) {
        // the fixtures are test classes themselves, so no DoNotIncludeTests here
        return new ClassFileImporter().importPackages(FIXTURES + name);
    }
}
