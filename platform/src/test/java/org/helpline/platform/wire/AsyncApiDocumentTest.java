package org.helpline.platform.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import org.helpline.contracts.EventContract;
import org.helpline.contracts.IntegrationEvents;
import org.helpline.contracts.Topics;

/**
 * The AsyncAPI 3 document of the platform's topics ({@code contracts/src/main/resources/META-INF/resources/
 * asyncapi.yaml}, served by every service at {@code /asyncapi.yaml}): each topic with its messages, their
 * CloudEvents headers, keys and JSON Schemas, which service publishes it and which consume it, as the services'
 * own configuration says. Derived here from the contracts and each service's application.properties, so that a
 * new event, topic or consumer that the document does not show fails; {@code -Dschemas.write=true} rewrites it.
 */
class AsyncApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final Path DOCUMENT = Path.of("../contracts/src/main/resources/META-INF/resources/asyncapi.yaml");
    private static final List<String> SERVICES = List.of("intake-service", "case-service", "escalation-service",
            "referral-service", "analytics-service");

    @Test
    void theDocumentShowsEveryTopicEveryEventItsPublisherAndItsConsumers() throws IOException {
        ObjectNode derived = document();
        if (Boolean.getBoolean("schemas.write")) {
            Files.writeString(DOCUMENT, YAML.writeValueAsString(derived));
            return; // the classpath still has the installed contracts; the next build compares
        }
        JsonNode served;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml in the contracts' resources (write it with -Dschemas.write=true)")
                    .isNotNull();
            served = YAML.readTree(in);
        }
        assertThat(served).as("asyncapi.yaml; derived from the contracts and the services it reads:%n%s",
                YAML.writeValueAsString(derived)).isEqualTo(derived);

        for (String topic : List.of(Topics.CONTACTS, Topics.CASES, Topics.ESCALATIONS, Topics.REFERRALS, Topics.STAFF)) {
            assertThat(served.at("/channels/" + channel(topic) + "/address").asText()).isEqualTo(topic);
        }
        for (EventContract<?> contract : IntegrationEvents.ALL) {
            assertThat(served.at("/components/messages/" + contract.type() + "/payload/$ref").asText())
                    .isEqualTo("./" + EventSchemas.path(contract.type(), contract.schemaVersion()));
        }
        assertThat(served.at("/channels/contacts/x-consumers").toString()).contains("case-service")
                .contains("analytics-service");
    }

    private static ObjectNode document() throws IOException {
        Map<String, String> publishers = new TreeMap<>();
        Map<String, List<String>> consumers = new TreeMap<>();
        for (String service : SERVICES) {
            Properties settings = new Properties();
            try (InputStream in = Files.newInputStream(Path.of("..", service, "src/main/resources/application.properties"))) {
                settings.load(in);
            }
            for (String topic : settings.getProperty("helpline.eventing.publishes-to", "").split(",")) {
                if (!topic.isBlank()) {
                    publishers.put(topic.trim(), service);
                }
            }
            settings.stringPropertyNames().stream().sorted()
                    .filter(key -> key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic"))
                    .map(settings::getProperty).filter(topic -> !topic.endsWith(".dlq")).distinct()
                    .forEach(topic -> consumers.computeIfAbsent(topic, t -> new ArrayList<>()).add(service));
        }

        ObjectNode doc = YAML.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Cyber-harassment helpline: integration events");
        info.put("version", "1.0.0");
        info.put("description", "Every event is a CloudEvent in Kafka's binary mode (ce_* headers, JSON body with "
                + "its schemaVersion). Each topic has a dead-letter twin <topic>.dlq with the same messages and "
                + "dead-letter-* headers. No survivor's personal data is ever in an event.");
        doc.put("defaultContentType", CloudEventHeaders.JSON);
        ObjectNode server = doc.putObject("servers").putObject("local");
        server.put("host", "127.0.0.1:9092");
        server.put("protocol", "kafka");
        server.put("description", "The broker deploy/stack starts; elsewhere HELPLINE_KAFKA_BOOTSTRAP_SERVERS");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode messages = YAML.createObjectNode();
        Map<String, List<EventContract<?>>> byTopic = new LinkedHashMap<>();
        IntegrationEvents.ALL.forEach(c -> byTopic.computeIfAbsent(c.topic(), t -> new ArrayList<>()).add(c));
        byTopic.forEach((topic, contracts) -> {
            String name = channel(topic);
            ObjectNode channel = channels.putObject(name);
            channel.put("address", topic);
            channel.put("description", "Published by " + publishers.get(topic) + "; one key's events are on one "
                    + "partition, in the order they happened");
            channel.put("x-publisher", publishers.get(topic));
            ArrayNode readers = channel.putArray("x-consumers");
            consumers.getOrDefault(topic, List.of()).forEach(readers::add);
            ObjectNode channelMessages = channel.putObject("messages");
            ArrayNode sent = operations.putObject(publishers.get(topic) + "-publishes-" + name)
                    .put("action", "send").<ObjectNode>set("channel", ref("#/channels/" + name))
                    .putArray("messages");
            for (EventContract<?> contract : contracts) {
                channelMessages.set(contract.type(), ref("#/components/messages/" + contract.type()));
                sent.add(ref("#/channels/" + name + "/messages/" + contract.type()));
                ObjectNode message = messages.putObject(contract.type());
                message.put("name", contract.type());
                message.put("contentType", CloudEventHeaders.JSON);
                message.set("headers", ref("#/components/schemas/CloudEventHeaders"));
                message.set("payload", ref("./" + EventSchemas.path(contract.type(), contract.schemaVersion())));
                message.putObject("bindings").putObject("kafka").putObject("key").put("type", "string")
                        .put("description", keyOf(contract));
            }
            for (String reader : consumers.getOrDefault(topic, List.of())) {
                operations.putObject(reader + "-consumes-" + name).put("action", "receive")
                        .set("channel", ref("#/channels/" + name));
            }
        });
        ObjectNode components = doc.putObject("components");
        components.set("messages", messages);
        components.putObject("schemas").set("CloudEventHeaders", headers());
        return doc;
    }

    private static ObjectNode headers() {
        ObjectNode headers = YAML.createObjectNode().put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject(CloudEventHeaders.SPEC_VERSION).put("const", CloudEventHeaders.SPEC_VERSION_1_0);
        properties.putObject(CloudEventHeaders.ID).put("type", "string").put("format", "uuid")
                .put("description", "The event's id: consumers drop a second delivery by it");
        properties.putObject(CloudEventHeaders.TYPE).put("type", "string");
        properties.putObject(CloudEventHeaders.SOURCE).put("type", "string").put("description",
                "/helpline/<service>");
        properties.putObject(CloudEventHeaders.TIME).put("type", "string").put("format", "date-time")
                .put("description", "When the event store recorded it");
        properties.putObject(CloudEventHeaders.SUBJECT).put("type", "string").put("description", "The message key");
        properties.putObject(CloudEventHeaders.DATA_SCHEMA).put("type", "string").put("format", "uri")
                .put("description", "The body's JSON Schema, served by its publisher");
        properties.putObject(CloudEventHeaders.CORRELATION_ID).put("type", "string").put("format", "uuid");
        properties.putObject(CloudEventHeaders.CAUSATION_ID).put("type", "string").put("format", "uuid");
        properties.putObject(CloudEventHeaders.TRACE_PARENT).put("type", "string")
                .put("pattern", "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")
                .put("description", "W3C Trace Context of the publishing span (CloudEvents distributed tracing "
                        + "extension): a consumer's processing span is its child");
        properties.putObject(CloudEventHeaders.CONTENT_TYPE).put("const", CloudEventHeaders.JSON);
        ArrayNode required = headers.putArray("required");
        List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT, CloudEventHeaders.DATA_SCHEMA,
                CloudEventHeaders.CONTENT_TYPE).forEach(required::add);
        return headers;
    }

    /** What the record's key is (IntegrationEvent.partitionKey of each). */
    private static String keyOf(EventContract<?> contract) {
        if (contract.topic().equals(Topics.STAFF)) {
            return "the staff account's username";
        }
        return switch (contract.type()) {
            case "CallEnded" -> "the phone system's call id";
            case "PlatformChannelChanged" -> "platform:<PLATFORM>, e.g. platform:INSTAGRAM";
            default -> "the case id";
        };
    }

    private static String channel(String topic) {
        return topic.substring(topic.indexOf('.') + 1);
    }

    private static ObjectNode ref(String to) {
        return YAML.createObjectNode().put("$ref", to);
    }
}
