package org.helpline.platform.sql;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Values of native-query rows. Which Java type a {@code timestamptz} column arrives as depends on the
 * driver and Hibernate version; read models and tables written with native SQL read it through here.
 */
public final class NativeValues {

    private NativeValues() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
