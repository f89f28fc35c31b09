package org.helpline.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky's binaries from Maven Central) on a free port. Durability settings
 * are zonky's test defaults (fsync off): fine for tests, never used for deploy/stack.
 */
public final class Postgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static Postgres start(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Orphans.kill(pidFile, "postgres");
        Orphans.deleteRecursively(dataDirectory);
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setPort(FreePorts.next())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .start();
            return new Postgres(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists: one database per service, as in production. */
    public void createDatabase(String database) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
