package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.helpline.platform.testing.BrowserSignIn;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * How long the console takes to build the home page (my cases and the team's worklist, from case-service) with many
 * open cases: a benchmark that prints its figures, not a timed test. In {@code mvn verify} it runs short (200 open
 * cases, 50 requests); the figures of issue 13 (10,000 open cases) come from
 * {@code mvn verify -pl deploy/end-to-end -Dit.test=ConsoleWorklistBenchmarkIT -Dconsole.benchmark.open-cases=10000
 * -Dconsole.benchmark.requests=300}. Its cases are opened in report year 2091 through intake, the real path.
 */
class ConsoleWorklistBenchmarkIT extends OnTheLocalStack {

    private static final int OPEN_CASES = Integer.getInteger("console.benchmark.open-cases", 200);
    private static final int REQUESTS = Integer.getInteger("console.benchmark.requests", 50);
    private static final Pattern WORKLIST_ROW = Pattern.compile("<tr class=\"priority-");
    private static final Pattern SERVER_TIMING = Pattern.compile("console;dur=([0-9.]+)");

    @Test
    void theHomePageWithTheTeamsWorklistIsBuiltFromManyOpenCases() {
        long open = openCasesAtLeast(OPEN_CASES);
        Map<String, Map<String, String>> session = new HashMap<>();
        String home = stack.url("console") + "/?lang=en";
        Response first = BrowserSignIn.open(home, "associate", session);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(WORKLIST_ROW.matcher(first.asString()).results().count()).isGreaterThanOrEqualTo(20);

        for (int i = 0; i < 20; i++) {
            BrowserSignIn.open(home, "associate", session); // warm-up: JIT, connections, PostgreSQL's cache
        }
        List<Double> server = new ArrayList<>();
        List<Double> client = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            Response page = BrowserSignIn.open(home, "associate", session);
            client.add((System.nanoTime() - start) / 1e6);
            assertThat(page.statusCode()).isEqualTo(200);
            Matcher timing = SERVER_TIMING.matcher(String.valueOf(page.header("Server-Timing")));
            assertThat(timing.find()).as("the console's Server-Timing header").isTrue();
            server.add(Double.parseDouble(timing.group(1)));
        }
        System.out.printf("console home page with the team's worklist, %d open cases, %d requests:%n"
                + "  server side (Server-Timing)         p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms%n"
                + "  at the client (loopback, last byte)  p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms%n", open, REQUESTS,
                quantile(server, 0.50), quantile(server, 0.95), quantile(server, 1.0), quantile(client, 0.50),
                quantile(client, 0.95), quantile(client, 1.0));
    }

    /** Opens cases through intake until case-service's worklist has at least {@code wanted} open ones. */
    private static long openCasesAtLeast(int wanted) {
        long missing = wanted - openCases();
        RequestSpecification supervisor = RestAssured.requestSpecification;
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> posted = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            String receivedAt = String.format("2091-%02d-%02dT10:00:00+05:00", 1 + i % 12, 1 + i % 28);
            String ageBand = i % 3 == 0 ? "UNDER_18" : "AGE_18_30";
            posted.add(clients.submit(() -> given().spec(supervisor).contentType(ContentType.JSON)
                    .body(Map.of("channel", "PHONE", "kind", "NEW", "receivedAt", receivedAt, "complainant",
                            Map.of("ageBand", ageBand, "gender", "FEMALE", "city", "Lahore", "callerType", "SELF")))
                    .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201)));
        }
        try {
            for (Future<?> post : posted) {
                post.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("opening the benchmark's cases failed", e);
        } finally {
            clients.shutdown();
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500)).until(() -> openCases() >= wanted);
        return openCases();
    }

    private static long openCases() {
        return given().queryParam("state", "OPEN").queryParam("size", 1).get(stack.url("case-service") + "/api/cases")
                .then().statusCode(200).extract().<Number>path("totalItems").longValue();
    }

    private static double quantile(List<Double> values, double quantile) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.round(quantile * (sorted.size() - 1)));
    }
}
