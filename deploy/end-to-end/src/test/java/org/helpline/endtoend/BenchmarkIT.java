package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code deploy/stack bench} and {@code bench-rebuild} as an operator runs them, short, on the end-to-end stack:
 * they measure and print every figure (never judged here: speed belongs to the benchmark's output, not to a
 * test's verdict), and the rebuilt read models count what the rebuild benchmark wrote. The full runs and their
 * figures are in the README.
 */
class BenchmarkIT extends OnTheLocalStack {

    private static final String NUMBER = "[\\d,]+(\\.\\d+)?";
    /** The report year {@code bench-rebuild} writes its escalations in. */
    private static final int REBUILD_YEAR = 2089;

    @Test
    void benchMeasuresTheRawLimitsThenThePlatformBesideThemThenEachServicesStartUp() {
        List<String> printed = stack.printed(Duration.ofMinutes(6), "bench", "20");

        for (int clients : List.of(1, 16, 32)) {
            line(printed, "  PostgreSQL single-row inserts, +" + clients + " clients +" + NUMBER + " /s");
        }
        line(printed, "  Kafka producer, 600 B, acks=all, idempotent +" + NUMBER + " records/s");
        line(printed, "  Kafka consumer +" + NUMBER + " records/s");
        for (int clients : List.of(8, 32, 64)) {
            line(printed, "  intake, +" + clients + " clients: +" + NUMBER + " contacts/s +p50 +" + NUMBER
                    + " ms +p99 +" + NUMBER + " ms +" + NUMBER + " % of PostgreSQL's best inserts/s");
        }
        for (String part : List.of("intake-service", "case-service", "escalation-service", "referral-service",
                "analytics-service", "kafka", "postgres")) {
            line(printed, "  " + part + " +" + NUMBER + " ms +\\(of which idle work in the same time: " + NUMBER + "\\)");
            line(printed, "  " + part + " +" + NUMBER + " MiB");
        }
        line(printed, "  whole stack +" + NUMBER + " ms +\\(idle: " + NUMBER + "; target 2.5\\)");
        line(printed, "From a 2xx to being counted by analytics, 20 contacts at " + NUMBER + "/s \\(half the best "
                + "rate\\): p50 " + NUMBER + " ms, p99 " + NUMBER + " ms.*");
        for (String service : List.of("intake-service", "case-service", "escalation-service", "referral-service",
                "analytics-service", "console")) {
            line(printed, "  " + service + " +" + NUMBER + " s +\\(Quarkus: started in " + NUMBER + "s\\)");
        }
    }

    @Test
    void benchRebuildReplaysEveryTopicAndTheSwitchedReadModelsCountTheEscalationsItWrote() {
        List<String> printed = stack.printed(Duration.ofMinutes(4), "bench-rebuild", "2000");

        line(printed, "written +2,000 events onto helpline.escalations");
        Matcher rebuilt = line(printed, "rebuilt +(" + NUMBER + ") events replayed and switched in " + NUMBER
                + " s .*");
        assertThat(Long.parseLong(rebuilt.group(1).replace(",", ""))).as("every topic replayed: at least what it wrote")
                .isGreaterThanOrEqualTo(2_000);
        line(printed, "memory +analytics' RSS during the rebuild: first " + NUMBER + ", least " + NUMBER + ", most "
                + NUMBER + ", last " + NUMBER + " MiB.*");
        Map<String, Map<String, Object>> byPlatform = given().get(stack.url("analytics-service") + "/api/reports/"
                + REBUILD_YEAR).then().statusCode(200).extract().path("escalationsByPlatform");
        int sent = byPlatform.values().stream().mapToInt(row -> ((Number) row.get("sent")).intValue()).sum();
        assertThat(sent).as("1,000 pairs of EscalationSent and EscalationResolved, each counted once").isEqualTo(1_000);
    }

    private static Matcher line(List<String> printed, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return printed.stream().map(pattern::matcher).filter(Matcher::matches).findFirst()
                .orElseThrow(() -> new AssertionError("no line like «" + regex + "» in what it printed:\n"
                        + String.join("\n", printed)));
    }
}
