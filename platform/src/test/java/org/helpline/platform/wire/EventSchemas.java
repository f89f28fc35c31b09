package org.helpline.platform.wire;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.helpline.contracts.EventContract;

/**
 * The JSON Schema (draft 2020-12) of an event's wire body as {@link EventCodec} writes it: {@code schemaVersion}
 * and every component of the record, nulls written out (so every property is required, and a reference type
 * may be null), no other property. Derived from the record so that a test notices a record that changed
 * without its schema file; the file, not this class, is the contract other teams read.
 */
final class EventSchemas {

    static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    /** Where the schema of this version lives, under the contracts' {@code META-INF/resources}. */
    static String path(String type, int version) {
        return "schemas/events/" + type + "/v" + version + ".json";
    }

    static ObjectNode of(EventContract<?> contract) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", DRAFT);
        schema.put("$id", "/" + path(contract.type(), contract.schemaVersion()));
        schema.put("title", contract.type());
        schema.put("description", "The body of a " + contract.type() + " CloudEvent on " + contract.topic()
                + ", schemaVersion " + contract.schemaVersion());
        ObjectNode body = object(contract.javaType());
        ((ObjectNode) body.get("properties")).set("schemaVersion",
                JSON.createObjectNode().put("const", contract.schemaVersion()));
        ((ArrayNode) body.get("required")).insert(0, "schemaVersion");
        schema.setAll(body);
        return schema;
    }

    private static ObjectNode object(Class<?> record) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record + " is not a record: an event's body is one");
        }
        ObjectNode object = JSON.createObjectNode().put("type", "object");
        ObjectNode properties = object.putObject("properties");
        ArrayNode required = object.putArray("required");
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(component.getName(), of(component.getGenericType()));
            required.add(component.getName());
        }
        object.put("additionalProperties", false);
        return object;
    }

    private static ObjectNode of(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            ObjectNode array = nullable("array");
            array.set("items", nonNull(generic.getActualTypeArguments()[0]));
            if (Set.class.isAssignableFrom(raw)) {
                array.put("uniqueItems", true);
            }
            return array;
        }
        Class<?> c = (Class<?>) type;
        if (c.isPrimitive()) {
            return nonNull(c);
        }
        if (c.isEnum()) {
            ArrayNode values = names(c).addNull();
            return (ObjectNode) JSON.createObjectNode().set("enum", values);
        }
        ObjectNode schema = nonNull(c);
        ArrayNode types = JSON.createArrayNode().add(schema.get("type").asText()).add("null");
        schema.set("type", types);
        return schema;
    }

    /** An element of a list, or a primitive: never null. */
    private static ObjectNode nonNull(Type type) {
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
            return JSON.createObjectNode().put("type", "integer");
        }
        if (c == double.class || c == Double.class) {
            return JSON.createObjectNode().put("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return JSON.createObjectNode().put("type", "boolean");
        }
        if (c == String.class) {
            return JSON.createObjectNode().put("type", "string");
        }
        if (c == UUID.class) {
            return JSON.createObjectNode().put("type", "string").put("format", "uuid");
        }
        if (c == Instant.class) {
            return JSON.createObjectNode().put("type", "string").put("format", "date-time");
        }
        if (c == LocalDate.class) {
            return JSON.createObjectNode().put("type", "string").put("format", "date");
        }
        if (c.isEnum()) {
            return (ObjectNode) JSON.createObjectNode().put("type", "string").set("enum", names(c));
        }
        if (c.isRecord()) {
            return object(c);
        }
        throw new IllegalArgumentException("no JSON Schema for " + c + ": teach EventSchemas the type");
    }

    private static ArrayNode names(Class<?> enumType) {
        ArrayNode names = JSON.createArrayNode();
        Arrays.stream(enumType.getEnumConstants()).forEach(v -> names.add(((Enum<?>) v).name()));
        return names;
    }

    private static ObjectNode nullable(String type) {
        return (ObjectNode) JSON.createObjectNode().set("type", JSON.createArrayNode().add(type).add("null"));
    }
}
