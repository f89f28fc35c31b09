package org.helpline.platform.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/**
 * Looks for a string in a database the way an auditor with a copy of it would: every row of every table of
 * the current schema, every column read as text, bytea columns as the bytes the string is in UTF-8, and text
 * columns in hex too (an encoding, not a protection). Answers the tables it was found in, so a failure says
 * where.
 */
public final class PlaintextScan {

    private PlaintextScan() {
    }

    /**
     * Tables of the running service's own database (its default datasource) whose rows contain {@code text};
     * {@code exceptTables} are left out (a caller names one only when that table is meant to hold the value,
     * and says why). For {@code @QuarkusTest}s.
     */
    public static List<String> serviceTablesContaining(String text, String... exceptTables) {
        return tablesContaining(Arc.container().instance(DataSource.class).get(), text, exceptTables);
    }

    public static List<String> tablesContaining(DataSource database, String text, String... exceptTables) {
        try (Connection db = database.getConnection()) {
            return tablesContaining(db, text, exceptTables);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a connection to scan", e);
        }
    }

    public static List<String> tablesContaining(Connection db, String text, String... exceptTables) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty string is in every row");
        }
        Set<String> excepted = Set.of(exceptTables);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        String hex = HexFormat.of().formatHex(utf8);
        List<String> found = new ArrayList<>();
        try {
            for (String table : tables(db)) {
                if (!excepted.contains(table) && contains(db, table, text, hex, utf8)) {
                    found.add(table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot scan the database for plaintext", e);
        }
        return found;
    }

    private static boolean contains(Connection db, String table, String text, String hex, byte[] utf8)
            throws SQLException {
        List<Column> columns = columns(db, table);
        if (columns.isEmpty()) {
            return false;
        }
        StringBuilder where = new StringBuilder();
        for (Column column : columns) {
            where.append(where.isEmpty() ? "" : " or ").append(column.bytea()
                    ? "position(? in " + quoted(column.name()) + ") > 0"
                    : "strpos(" + quoted(column.name()) + "::text, ?) > 0 or strpos(" + quoted(column.name())
                            + "::text, ?) > 0");
        }
        try (PreparedStatement query = db.prepareStatement(
                "select exists (select 1 from " + quoted(table) + " where " + where + ")")) {
            int parameter = 1;
            for (Column column : columns) {
                if (column.bytea()) {
                    query.setBytes(parameter++, utf8);
                } else {
                    query.setString(parameter++, text);
                    query.setString(parameter++, hex);
                }
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                select table_name from information_schema.tables
                 where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (tables.isEmpty()) {
            // a scan that sees no table would pass for the wrong reason
            throw new IllegalStateException("no table in schema " + db.getSchema() + " to scan");
        }
        return tables;
    }

    private static List<Column> columns(Connection db, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                select column_name, data_type from information_schema.columns
                 where table_schema = current_schema() and table_name = ? order by ordinal_position""")) {
            query.setString(1, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString(1), "bytea".equals(rs.getString(2))));
                }
            }
        }
        return columns;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private record Column(String name, boolean bytea) {
    }
}
