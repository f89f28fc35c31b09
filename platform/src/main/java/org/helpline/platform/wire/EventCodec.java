package org.helpline.platform.wire;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.helpline.contracts.EventContract;
import org.helpline.contracts.IntegrationEvent;
import org.helpline.contracts.IntegrationEvents;

/**
 * Turns integration events into their wire JSON and back. The body carries {@code schemaVersion}
 * first; older bodies are upcast on read. The mapper is private on purpose: a change to the REST
 * layer's Jackson settings must never change what goes on Kafka or into the event store.
 */
@ApplicationScoped
public class EventCodec {

    static final String SCHEMA_VERSION = "schemaVersion";

    private static final ObjectMapper WIRE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // a newer producer may add optional fields before consumers are upgraded
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, Map<Integer, Upcaster>> upcasters;

    @Inject
    public EventCodec(Instance<Upcaster> upcasters) {
        this(upcasters.stream().toList());
    }

    public EventCodec(List<Upcaster> upcasters) {
        this.upcasters = upcasters.stream().collect(Collectors.groupingBy(Upcaster::eventType,
                Collectors.toMap(Upcaster::fromVersion, Function.identity())));
    }

    public String encode(IntegrationEvent event) {
        EventContract<?> contract = IntegrationEvents.of(event);
        ObjectNode body = WIRE.createObjectNode();
        body.put(SCHEMA_VERSION, contract.schemaVersion());
        body.setAll((ObjectNode) WIRE.valueToTree(event));
        try {
            return WIRE.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + contract.type(), e);
        }
    }

    public IntegrationEvent decode(String type, String json) {
        EventContract<?> contract = IntegrationEvents.byType(type)
                .orElseThrow(() -> new UnreadableEventException("unknown event type '" + type + "'"));
        ObjectNode body = parse(json);
        JsonNode version = body.remove(SCHEMA_VERSION);
        if (version == null || !version.canConvertToInt()) {
            throw new UnreadableEventException(type + " without a numeric schemaVersion");
        }
        int v = version.intValue();
        if (v > contract.schemaVersion()) {
            throw new UnreadableEventException(type + " schemaVersion " + v + " is newer than this service reads ("
                    + contract.schemaVersion() + ")");
        }
        for (; v < contract.schemaVersion(); v++) {
            Upcaster upcaster = upcasters.getOrDefault(type, Map.of()).get(v);
            if (upcaster == null) {
                throw new UnreadableEventException("no upcaster for " + type + " from schemaVersion " + v);
            }
            body = upcaster.upcast(body);
        }
        try {
            return WIRE.treeToValue(body, contract.javaType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the message names the field, never its value: values could be personal data in a bad message
            throw new UnreadableEventException(type + " body does not match schemaVersion "
                    + contract.schemaVersion() + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private static ObjectNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new UnreadableEventException("empty body");
        }
        try {
            JsonNode node = WIRE.readTree(json);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new UnreadableEventException("body is not a JSON object");
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("body is not valid JSON", e);
        }
    }
}
