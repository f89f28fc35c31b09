package org.helpline.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.helpline.contracts.Topics;
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
        List<String> found = new ArrayList<>();
        String hex = HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("""
                    select table_name from information_schema.tables
                     where table_schema = 'public' and table_type = 'BASE TABLE'""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement query = db.prepareStatement("select count(*) from \"" + table
                        + "\" t where strpos(t::text, ?) > 0 or strpos(t::text, ?) > 0")) {
                    query.setString(1, text);
                    query.setString(2, hex);
                    try (ResultSet rs = query.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add("table " + database + "." + table);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot scan database " + database, e);
        }
        return found;
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
