package org.helpline.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.helpline.platform.testapp.PlatformTestApp;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The scan every "stored nowhere in plaintext" test relies on finds a value wherever a column keeps it: a
 * scan that missed one would let those tests pass for the wrong reason.
 */
@QuarkusTest
@TestProfile(PlatformTestApp.class)
class PlaintextScanTest {

    private static final String TABLE = "plaintext_scan_probe";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void createAProbeTable() throws SQLException {
        // "order" is a reserved word: the scan must quote what it reads
        execute("create table " + TABLE + " (id int, note text, \"order\" jsonb, sealed bytea)");
    }

    @AfterEach
    void dropTheProbeTable() throws SQLException {
        execute("drop table if exists " + TABLE);
    }

    @Test
    void aValueIsFoundInTextJsonHexEncodedTextAndBytesOfABinaryColumn() throws SQLException {
        String inText = "text-" + UUID.randomUUID();
        String inJson = "json-" + UUID.randomUUID();
        String hexEncoded = "hex-" + UUID.randomUUID();
        String inBytes = "bytes-" + UUID.randomUUID();
        // bytes around it that are no UTF-8: a binary column is searched for the value's bytes, not decoded whole
        byte[] sealed = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, inBytes.getBytes(StandardCharsets.UTF_8));
        try (Connection db = dataSource.getConnection();
                PreparedStatement insert = db.prepareStatement(
                        "insert into " + TABLE + " values (1, ?, cast(? as jsonb), ?), (2, ?, null, null)")) {
            insert.setString(1, inText);
            insert.setString(2, "{\"name\":\"" + inJson + "\"}");
            insert.setBytes(3, sealed);
            insert.setString(4, HexFormat.of().formatHex(hexEncoded.getBytes(StandardCharsets.UTF_8)));
            insert.executeUpdate();
        }

        for (String value : new String[] {inText, inJson, hexEncoded, inBytes}) {
            assertThat(PlaintextScan.serviceTablesContaining(value)).as(value).containsExactly(TABLE);
        }
        assertThat(PlaintextScan.serviceTablesContaining("absent-" + UUID.randomUUID())).isEmpty();
        assertThat(PlaintextScan.serviceTablesContaining(inText, TABLE)).isEmpty();
    }

    private void execute(String sql) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
