package org.helpline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.console.calltaking.IntakeService;
import org.helpline.console.casework.CaseEscalations;
import org.helpline.console.casework.CaseReferrals;
import org.helpline.console.casework.CaseService;
import org.helpline.console.escalation.EscalationService;
import org.helpline.console.personaldata.PersonalDataService;
import org.helpline.console.referral.ReferralService;
import org.helpline.console.report.AnalyticsService;
import org.helpline.console.staff.StaffService;

/**
 * The console reads its own small views of the services' answers (a tolerant reader) and sends its own bodies. This
 * holds them to the services' OpenAPI documents as their builds wrote them ({@code <service>/target/openapi/}, built
 * before the console in the reactor): every operation the console calls exists; every field it reads is in the
 * answer's schema; every value of a vocabulary the service may send is one the console knows (else its page would
 * fail); every field it sends is in the body's schema, and every field the body requires is sent.
 */
class ServiceContractsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    List<DynamicTest> everyCallOfTheConsoleMatchesTheServicesOpenApiDocument() throws IOException {
        List<DynamicTest> checks = new ArrayList<>();
        checks.addAll(calls(IntakeService.class, document("intake-service")));
        checks.addAll(calls(CaseService.class, document("case-service")));
        checks.addAll(calls(StaffService.class, document("case-service")));
        checks.addAll(calls(PersonalDataService.class, document("case-service")));
        checks.addAll(calls(EscalationService.class, document("escalation-service")));
        checks.addAll(calls(CaseEscalations.class, document("escalation-service")));
        checks.addAll(calls(AnalyticsService.class, document("analytics-service")));
        checks.addAll(calls(CaseReferrals.class, document("referral-service")));
        checks.addAll(calls(ReferralService.class, document("referral-service")));
        return checks;
    }

    private static List<DynamicTest> calls(Class<?> client, JsonNode openApi) {
        String base = client.getAnnotation(jakarta.ws.rs.Path.class).value();
        return Arrays.stream(client.getDeclaredMethods()).map(method -> DynamicTest.dynamicTest(
                client.getSimpleName() + "." + method.getName(), () -> check(method, base, openApi))).toList();
    }

    private static void check(Method method, String base, JsonNode openApi) {
        jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
        String template = (base + (path == null ? "" : "/" + path.value())).replaceAll("/+", "/");
        String verb = method.isAnnotationPresent(GET.class) ? "get" : method.isAnnotationPresent(POST.class) ? "post"
                : method.isAnnotationPresent(PUT.class) ? "put" : method.isAnnotationPresent(DELETE.class) ? "delete"
                : null;
        assertThat(verb).as("%s is a GET, POST, PUT or DELETE", method).isNotNull();
        JsonNode operation = openApi.path("paths").path(template).path(verb);
        assertThat(operation.isMissingNode()).as("%s %s in the service's document", verb, template).isFalse();

        if (method.getReturnType() == void.class) {
            assertThat(operation.path("responses").has("204")).as("%s %s answers 204 No Content", verb, template)
                    .isTrue();
        } else {
            JsonNode answer = successSchema(operation);
            assertThat(answer).as("the answer of %s %s has a schema", verb, template).isNotNull();
            reads(method.getGenericReturnType(), answer, openApi, template);
        }

        for (int i = 0; i < method.getParameterCount(); i++) {
            if (unannotated(method.getParameterAnnotations()[i])) {
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                sends(method.getParameterTypes()[i], resolve(body, openApi), openApi, template);
            }
        }
    }

    /** What the console reads must be there, and every value the service may send must be known to it. */
    private static void reads(Type type, JsonNode schema, JsonNode openApi, String where) {
        schema = resolve(schema, openApi);
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertThat(schema.path("type").asText()).as("%s is an array", where).isEqualTo("array");
            reads(list.getActualTypeArguments()[0], schema.path("items"), openApi, where + "[]");
            return;
        }
        if (!(type instanceof Class<?> kind)) {
            return;
        }
        if (kind.isEnum()) {
            Set<String> known = new HashSet<>();
            Arrays.stream(kind.getEnumConstants()).forEach(value -> known.add(((Enum<?>) value).name()));
            assertThat(known).as("%s: the console knows every value the service may send", where)
                    .containsAll(texts(schema.path("enum")));
        } else if (kind.isRecord() && schema.has("properties")) {
            for (RecordComponent component : kind.getRecordComponents()) {
                JsonNode property = schema.path("properties").path(component.getName());
                assertThat(property.isMissingNode()).as("%s.%s is in the service's answer", where, component.getName())
                        .isFalse();
                reads(component.getGenericType(), property, openApi, where + "." + component.getName());
            }
        }
    }

    /** What the console sends must be known to the service, and what the service requires must be sent. */
    private static void sends(Class<?> body, JsonNode schema, JsonNode openApi, String where) {
        assertThat(body.isRecord()).as("%s's body is a record", where).isTrue();
        Set<String> sent = new HashSet<>();
        for (RecordComponent component : body.getRecordComponents()) {
            sent.add(component.getName());
            JsonNode property = schema.path("properties").path(component.getName());
            assertThat(property.isMissingNode()).as("%s: the service takes %s", where, component.getName()).isFalse();
            if (component.getType().isRecord()) {
                sends(component.getType(), resolve(property, openApi), openApi, where + "." + component.getName());
            }
        }
        assertThat(sent).as("%s: everything the service requires is sent", where).containsAll(texts(schema.path("required")));
    }

    private static JsonNode successSchema(JsonNode operation) {
        for (String status : List.of("200", "201")) {
            JsonNode schema = operation.path("responses").path(status).path("content").path("application/json")
                    .path("schema");
            if (!schema.isMissingNode()) {
                return schema;
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode openApi) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(openApi.path("components").path("schemas").path(name), openApi);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0), openApi);
        }
        return schema;
    }

    private static boolean unannotated(Annotation[] annotations) {
        return Arrays.stream(annotations).noneMatch(a -> a instanceof PathParam || a instanceof QueryParam
                || a instanceof HeaderParam);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode document(String service) throws IOException {
        Path file = Path.of("..", service, "target", "openapi", "openapi.json");
        assertThat(file).as("%s's OpenAPI document: build %s before the console (the root build does)", service,
                service).exists();
        return JSON.readTree(Files.readString(file));
    }
}
