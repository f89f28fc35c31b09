package org.helpline.platform.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;

/**
 * The architecture rules of every module, written once. Each rule takes the root package it guards so
 * that {@code ArchitectureRulesTest} can prove it fails on fixtures outside the real packages; the
 * modules root them at {@value #ROOT}.
 */
public final class HelplineArchitecture {

    public static final String ROOT = "org.helpline";

    /** The deployables (five services, the console): each independent of the others, meeting them over Kafka or REST. */
    public static final List<String> SERVICES = List.of("intake", "cases", "escalations", "referrals", "analytics",
            "console");

    /** The runtimes an aggregate must not see; all of Jackson, since its annotations would tie rules to JSON. */
    static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "javax.persistence..", "javax.inject..",
            "javax.ws.rs..", "org.hibernate..", "io.smallrye..", "org.eclipse.microprofile..", "org.apache.kafka..",
            "com.fasterxml..", "io.vertx..", "org.jboss.."};

    private HelplineArchitecture() {
    }

    /** The production classes of one module (its own root package), without test classes. */
    public static JavaClasses mainClassesOf(String... packages) {
        return new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(packages);
    }

    /** Rule 1: the decide/evolve rules can be read and tested without a runtime. */
    public static ArchRule domainIsPlainJava(String root) {
        return mayNotUse(noClasses().that().resideInAPackage(root + "..domain.."),
                "an aggregate is plain Java, read and tested without Quarkus, JPA, JSON or Kafka", FRAMEWORKS);
    }

    /** Rule 2: a resource goes through the use case, which owns the transaction and the store. */
    public static ArchRule apiDoesNotReachIntoInfrastructure(String root) {
        return mayNotUse(noClasses().that().resideInAPackage(root + "..api.."),
                "the REST layer talks to use cases, never to tables, streams or topics directly",
                root + "..infrastructure..");
    }

    /** Rule 3: the REST layer is on top; a use case speaking in request DTOs could not be called otherwise. */
    public static ArchRule nothingBelowTheApiDependsOnIt(String root) {
        return mayNotUse(noClasses().that().resideOutsideOfPackage(root + "..api.."),
                "use cases, domain and infrastructure sit below a concept's REST layer and never import it",
                root + "..api..");
    }

    /** Rule 4: services share only contracts and platform; platform serves every service and knows none. */
    public static ArchRule servicesAreIndependent(String root) {
        String[] guarded = Stream.concat(SERVICES.stream(), Stream.of("platform"))
                .map(component -> root + "." + component + "..").toArray(String[]::new);
        return classes().that().resideInAnyPackage(guarded)
                .should(dependOnNoOtherService(root))
                .because("services are deployed, scaled and changed alone and meet only through events and REST");
    }

    /** Rule 5: tools, tests and every service read the events and the gazetteer without any runtime. */
    public static ArchRule contractsArePlainJava(String root) {
        return classes().that().resideInAnyPackage(root + ".contracts..", root + ".geo..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".contracts..", root + ".geo..")
                .because("the contracts jar has no dependencies: events and vocabularies are plain Java");
    }

    /** Rules 1 to 3: a module without classes of that layer has nothing to break, which is no failure. */
    private static ArchRule mayNotUse(GivenClassesConjunction layer, String because, String... packages) {
        return layer.should().dependOnClassesThat().resideInAnyPackage(packages).because(because)
                .allowEmptyShould(true);
    }

    private static ArchCondition<JavaClass> dependOnNoOtherService(String root) {
        Set<String> services = Set.copyOf(SERVICES);
        return new ArchCondition<>("depend on no other service's classes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = componentOf(root, origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = componentOf(root, dependency.getTargetClass().getBaseComponentType());
                    if (services.contains(target) && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** "cases" for org.helpline.cases.caseflow.Case; "" outside the root. */
    private static String componentOf(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return "";
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
