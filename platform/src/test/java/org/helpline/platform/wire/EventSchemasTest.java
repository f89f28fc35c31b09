package org.helpline.platform.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.helpline.contracts.EventContract;
import org.helpline.contracts.IntegrationEvents;
import org.helpline.platform.testing.SampleEvents;

/**
 * Every event type has a JSON Schema per schema version in the contracts
 * ({@code contracts/src/main/resources/META-INF/resources/schemas/events/<type>/v<n>.json}, served by the
 * services at {@code /schemas/events/<type>/v<n>.json} and named by each CloudEvent's {@code ce_dataschema}):
 * a record that changes without its schema fails here, every older version's schema stays (the upcasters read
 * those bodies), and the pinned wire JSON of every event validates against its schema. After a deliberate change
 * (with a new schemaVersion and its upcaster), run with {@code -Dschemas.write=true} once and review the file.
 */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CONTRACTS = Path.of("../contracts/src/main/resources/META-INF/resources");
    private final EventCodec codec = new EventCodec(List.of());

    @TestFactory
    Stream<DynamicTest> everyEventsSchemaIsTheOneItsRecordHas() {
        return IntegrationEvents.ALL.stream().map(contract -> DynamicTest.dynamicTest(contract.type(), () -> {
            JsonNode derived = EventSchemas.of(contract);
            String path = EventSchemas.path(contract.type(), contract.schemaVersion());
            if (Boolean.getBoolean("schemas.write")) {
                Files.createDirectories(CONTRACTS.resolve(path).getParent());
                Files.writeString(CONTRACTS.resolve(path),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(derived) + "\n");
                return; // the classpath still has the installed contracts; the next build compares
            }
            assertThat(schema(path)).as("%s as %s has it; the record now reads:%n%s", path,
                    contract.javaType().getSimpleName(),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(derived)).isEqualTo(derived);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyOlderSchemaVersionStaysForTheUpcastersThatReadIt() {
        return IntegrationEvents.ALL.stream().map(contract -> DynamicTest.dynamicTest(contract.type(), () -> {
            for (int version = 1; version <= contract.schemaVersion(); version++) {
                JsonNode schema = schema(EventSchemas.path(contract.type(), version));
                assertThat(schema.get("$schema").asText()).isEqualTo(EventSchemas.DRAFT);
                assertThat(schema.at("/properties/schemaVersion/const").asInt()).isEqualTo(version);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPinnedEventValidatesAgainstItsSchemaAndABrokenOneDoesNot() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        return SampleEvents.all().stream().map(event -> {
            EventContract<?> contract = IntegrationEvents.of(event);
            return DynamicTest.dynamicTest(contract.type(), () -> {
                JsonSchema schema = factory.getSchema(
                        schema(EventSchemas.path(contract.type(), contract.schemaVersion())));
                JsonNode body = JSON.readTree(codec.encode(event));
                assertThat(schema.validate(body)).isEmpty();

                JsonNode unknownField = body.deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) unknownField).put("phoneNumber", "03001234567");
                Set<ValidationMessage> refused = schema.validate(unknownField);
                assertThat(refused).as("a field the schema does not name").isNotEmpty();
            });
        });
    }

    private static JsonNode schema(String path) throws IOException {
        try (InputStream in = EventSchemasTest.class.getResourceAsStream("/META-INF/resources/" + path)) {
            assertThat(in).as("%s in the contracts' resources (write it with -Dschemas.write=true)", path)
                    .isNotNull();
            return JSON.readTree(in);
        }
    }
}
