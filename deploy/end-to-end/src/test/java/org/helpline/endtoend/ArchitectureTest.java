package org.helpline.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Aggregates and event contracts stay plain Java: no framework, persistence or JSON imports, so the
 * business rules can be read and tested alone. Reads the sources of every module; the first test
 * proves the rule is not vacuous (the packages it guards exist).
 */
class ArchitectureTest {

    private static final List<String> FORBIDDEN = List.of("import jakarta.", "import io.quarkus.",
            "import org.hibernate.", "import io.smallrye.", "import org.eclipse.microprofile.",
            "import com.fasterxml.", "import org.apache.kafka.");

    private final Path root = Path.of(System.getProperty("helpline.root", "../..")).toAbsolutePath().normalize();

    @Test
    void theGuardedPackagesExistInEveryModuleThatHasAnAggregate() {
        assertThat(guardedSources().map(p -> root.relativize(p).getName(0).toString()).distinct())
                .contains("platform", "intake-service", "case-service", "escalation-service", "referral-service");
        assertThat(guardedSources().filter(p -> p.toString().contains("/contracts/")).count()).isGreaterThan(10);
    }

    @Test
    void domainsAndContractsImportNoFramework() {
        List<String> violations = guardedSources().flatMap(source -> read(source).lines()
                .filter(line -> FORBIDDEN.stream().anyMatch(line::startsWith))
                .map(line -> root.relativize(source) + ": " + line)).toList();
        assertThat(violations).isEmpty();
    }

    private Stream<Path> guardedSources() {
        try {
            return Files.walk(root, 12)
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> p.toString().contains("/domain/") || p.toString().contains("/org/helpline/contracts/"))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
