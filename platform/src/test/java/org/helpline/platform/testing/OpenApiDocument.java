package org.helpline.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a client integrator (the console, a phone system) reads of a service: its {@code /q/openapi}. Lists the
 * operations whose answers are not described: a success without a schema, an error without the shared
 * {@code Problem} schema.
 */
public final class OpenApiDocument {

    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    /** The running service's document. */
    public static OpenApiDocument ofTheService() {
        try {
            String json = given().auth().none().accept("application/json").get("/q/openapi?format=json").then()
                    .statusCode(200).extract().asString();
            return new OpenApiDocument(new ObjectMapper().readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int operations() {
        int count = 0;
        for (JsonNode path : document.path("paths")) {
            count += path.size();
        }
        return count;
    }

    /** "METHOD /path: what is missing", one line per gap; empty when every answer is described. */
    public List<String> undescribedAnswers() {
        List<String> gaps = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                boolean success = false;
                for (Iterator<Map.Entry<String, JsonNode>> answers = op.getValue().path("responses").fields();
                        answers.hasNext();) {
                    Map.Entry<String, JsonNode> answer = answers.next();
                    String code = answer.getKey();
                    JsonNode content = answer.getValue().path("content");
                    if (code.startsWith("2") || code.startsWith("3")) {
                        success = true;
                        if (!code.equals("204") && !code.startsWith("3") && !hasSchema(content)) {
                            gaps.add(name + ": " + code + " has no schema");
                        }
                    } else if (!"#/components/schemas/Problem".equals(
                            content.path("application/problem+json").path("schema").path("$ref").asText())) {
                        gaps.add(name + ": " + code + " is not a Problem");
                    }
                }
                if (!success) {
                    gaps.add(name + ": no success answer");
                }
            }
        }
        return gaps;
    }

    public boolean definesProblem() {
        return document.path("components").path("schemas").has("Problem");
    }

    private static boolean hasSchema(JsonNode content) {
        if (content.isMissingNode() || content.isEmpty()) {
            return false;
        }
        for (JsonNode media : content) {
            JsonNode schema = media.path("schema");
            if (schema.isMissingNode() || schema.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
