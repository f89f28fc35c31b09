package org.helpline.analytics.report;

import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One number of the report: a count, a rate (three decimals), or, in the publishable variant, a count
 * of 1 to 4 shown as "{@value #SMALL_TEXT}" or a figure "{@value #WITHHELD_TEXT}" because it would give
 * such a count away.
 */
@Schema(description = "A count (integer), a rate (number, three decimals), or in the publishable variant \"<5\" "
        + "(a count of 1 to 4) or \"withheld\"", oneOf = {Long.class, Double.class, String.class},
        // Jackson writes the value alone (@JsonValue): no object, no properties of this class
        implementation = Void.class)
public final class Figure {

    static final String SMALL_TEXT = "<5";
    static final String WITHHELD_TEXT = "withheld";
    static final Figure SMALL = new Figure(SMALL_TEXT);
    static final Figure WITHHELD = new Figure(WITHHELD_TEXT);

    /** A Long, a Double or one of the two markers: Jackson writes each as today's report did. */
    private final Object value;

    private Figure(Object value) {
        this.value = value;
    }

    public static Figure count(long n) {
        return new Figure(n);
    }

    public static Figure rate(double rate) {
        return new Figure(rate);
    }

    /** part / whole to three decimals, 0.0 when there is no whole. */
    static Figure share(long part, long whole) {
        return rate(whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 1000.0);
    }

    public boolean isCount() {
        return value instanceof Long;
    }

    public boolean isRate() {
        return value instanceof Double;
    }

    /** A count or a rate, not a marker of the publishable variant. */
    public boolean isNumber() {
        return value instanceof Number;
    }

    public boolean isSmall() {
        return this == SMALL;
    }

    /** The number, or 0 for a marker. */
    public double number() {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    public boolean isZeroCount() {
        return value instanceof Long n && n == 0;
    }

    /** The count; 0 for a rate or a marker. */
    long count() {
        return value instanceof Long n ? n : 0;
    }

    /** A count of 1 to 4 becomes "<5"; everything else stays. */
    Figure suppressed() {
        return value instanceof Long n && n >= 1 && n <= 4 ? SMALL : this;
    }

    @JsonValue
    public Object value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Figure figure && value.equals(figure.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** As the CSV and the page print it: "12", "0.778", "<5", "withheld". */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
