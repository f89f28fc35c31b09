package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.contracts.Topics;

import io.restassured.http.ContentType;

/**
 * {@code deploy/stack watch} as an operator uses it on the running stack: one case's events by key, one type,
 * from a time or from the end, as JSON lines, the whole topic interleaved by time across its partitions.
 */
class WatchingATopicIT extends OnTheLocalStack {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOperatorFollowsOneCaseByKeyAndTypeFromATimeOrTheEndAsJsonLinesInTimeOrder() throws Exception {
        Instant before = Instant.now();
        String caseId = given().contentType(ContentType.JSON).body(Map.of("channel", "PHONE", "kind", "NEW",
                "complainant", Map.of("ageBand", "AGE_18_30", "gender", "FEMALE", "callerType", "SELF")))
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201).extract().path("caseId");
        String cases = stack.url("case-service") + "/api/cases/" + caseId;
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get(cases).statusCode() == 200);
        given().contentType(ContentType.JSON).header("If-Match", given().get(cases).header("ETag"))
                .body(Map.of("category", "CYBER_HARASSMENT", "complaintTypes", List.of("HACKING"), "platforms",
                        List.of("FACEBOOK"), "harasserGender", "UNKNOWN", "relationship", "STRANGER",
                        "mentalHealthConcern", false))
                .post(cases + "/classification").then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", given().get(cases).header("ETag"))
                .body(Map.of("assignee", "associate")).post(cases + "/assignment").then().statusCode(200);
        topics.await(Topics.CASES, r -> caseId.equals(r.key()) && "CaseAssigned".equals(
                org.helpline.platform.testing.TopicProbe.header(r, "ce_type")), Duration.ofSeconds(30));

        List<JsonNode> ofTheCase = json(stack.watch(Topics.CASES, "--key", caseId, "--json", "--until-end"));
        assertThat(ofTheCase).extracting(line -> line.at("/headers/ce_type").asText())
                .containsExactly("ComplaintClassified", "CaseAssigned");
        assertThat(ofTheCase).allSatisfy(line -> {
            assertThat(line.get("key").asText()).isEqualTo(caseId);
            assertThat(line.at("/body/caseId").asText()).isEqualTo(caseId);
        });

        assertThat(json(stack.watch(Topics.CASES, "--key", caseId, "--type", "CaseAssigned", "--json",
                "--until-end"))).extracting(line -> line.at("/body/assignee").asText()).containsExactly("associate");
        assertThat(json(stack.watch(Topics.CONTACTS, "--key", caseId, "--since", before.toString(), "--json",
                "--until-end"))).extracting(line -> line.at("/headers/ce_type").asText()).containsExactly("CaseOpened");
        assertThat(stack.watch(Topics.CASES, "--from-end", "--until-end")).isEmpty();

        // the whole topic: one time order across its partitions, not one partition after the other
        List<Instant> times = json(stack.watch(Topics.CASES, "--json", "--until-end")).stream()
                .map(line -> Instant.parse(line.get("time").asText())).toList();
        assertThat(times).hasSizeGreaterThanOrEqualTo(2).isSorted();
    }

    private static List<JsonNode> json(List<String> lines) throws Exception {
        List<JsonNode> parsed = new java.util.ArrayList<>();
        for (String line : lines) {
            parsed.add(JSON.readTree(line));
        }
        return parsed;
    }
}
