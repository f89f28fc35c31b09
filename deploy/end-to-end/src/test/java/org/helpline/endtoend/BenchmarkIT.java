package org.helpline.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code deploy/stack bench} and {@code bench-rebuild} as an operator runs them, short, on the end-to-end stack:
 * they measure and print every figure (never judged here: speed belongs to the benchmark's output, not to a
 * test's verdict), and the rebuilt read models hold what the rebuild benchmark wrote. The full runs and their
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
    void benchRebuildReplaysEveryTopicAndTheSwitchedReadModelsHoldTheEscalationsItWrote() throws Exception {
        List<String> printed = stack.printed(Duration.ofMinutes(4), "bench-rebuild", "2000");

        line(printed, "written +2,000 events onto helpline.escalations");
        Matcher rebuilt = line(printed, "rebuilt +(" + NUMBER + ") events replayed and switched in " + NUMBER
                + " s .*");
        assertThat(Long.parseLong(rebuilt.group(1).replace(",", ""))).as("every topic replayed: at least what it wrote")
                .isGreaterThanOrEqualTo(2_000);
        line(printed, "memory +analytics' RSS during the rebuild: first " + NUMBER + ", least " + NUMBER + ", most "
                + NUMBER + ", last " + NUMBER + " MiB.*");
        // the report counts escalations of cases opened in its year, and these have no CaseOpened (other services
        // would open half a million cases from the full run's): their rows in the switched-in table
        try (Connection analytics = DriverManager.getConnection(stack.jdbcUrl("analytics"), "postgres", "postgres");
                PreparedStatement rows = analytics.prepareStatement("""
                        select count(*), count(resolved_at) from escalation_fact
                        where sent_at >= ? and sent_at < ?""")) {
            rows.setObject(1, OffsetDateTime.of(REBUILD_YEAR, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(5)));
            rows.setObject(2, OffsetDateTime.of(REBUILD_YEAR + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(5)));
            try (ResultSet counted = rows.executeQuery()) {
                counted.next();
                assertThat(counted.getLong(1)).as("1,000 EscalationSent, each applied once").isEqualTo(1_000);
                assertThat(counted.getLong(2)).as("and each one's EscalationResolved after it").isEqualTo(1_000);
            }
        }
    }

    private static Matcher line(List<String> printed, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return printed.stream().map(pattern::matcher).filter(Matcher::matches).findFirst()
                .orElseThrow(() -> new AssertionError("no line like «" + regex + "» in what it printed:\n"
                        + String.join("\n", printed)));
    }
}
