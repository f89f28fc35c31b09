package org.helpline.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.helpline.contracts.Topics;
import org.helpline.platform.testing.PlaintextScan;
import org.helpline.platform.testing.TopicProbe;

/**
 * Looks for a string everywhere the platform keeps or sends anything: every row of every table of
 * every service database (bytea columns too, as they would read in plaintext), every message of every
 * topic and dead-letter topic, every service log. Answers where it was found, so a failure says where.
 */
final class PlatformScan {

    static final List<String> DATABASES = List.of("intake", "cases", "escalations", "referrals", "analytics");

    private final LocalStack stack;
    private final TopicProbe topics;

    PlatformScan(LocalStack stack, TopicProbe topics) {
        this.stack = stack;
        this.topics = topics;
    }

    List<String> placesContaining(String text) {
        List<String> places = new ArrayList<>();
        for (String database : DATABASES) {
            places.addAll(tablesContaining(database, text));
        }
        for (String topic : Topics.ALL) {
            for (String t : List.of(topic, Topics.deadLetterOf(topic))) {
                if (!topics.readAll(t, r -> r.value() != null && r.value().contains(text)).isEmpty()) {
                    places.add("topic " + t);
                }
            }
        }
        places.addAll(logsContaining(text));
        return places;
    }

    private List<String> tablesContaining(String database, String text) {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres")) {
            return PlaintextScan.tablesContaining(db, text).stream().map(table -> "table " + database + "." + table)
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot scan database " + database, e);
        }
    }

    private List<String> logsContaining(String text) {
        try (Stream<Path> logs = Files.list(stack.logs())) {
            return logs.filter(log -> contains(log, text)).map(log -> "log " + log.getFileName()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
