package org.helpline.console.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One number of the report as analytics writes it: a count (an integer), a rate (three decimals), or in the
 * publishable variant "<5" (a count of 1 to 4) or "withheld" (a figure that would give such a count away).
 *
 * @param shown what the report's JSON says, as the page prints it and puts in {@code data-value}
 * @param number the count or the rate; 0 for a marker
 */
public record Figure(String shown, double number, Kind kind) {

    /** What kind of figure it is. */
    public enum Kind {
        COUNT,
        RATE,
        /** "<5": drawn as a stub, so that it is seen but not measured. */
        SMALL,
        WITHHELD
    }

    static final String SMALL_TEXT = "<5";

    /** Read from the report's JSON: an integer, a decimal, or one of the two markers. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Figure of(JsonNode value) {
        if (value.isIntegralNumber()) {
            return new Figure(value.asText(), value.asDouble(), Kind.COUNT);
        }
        if (value.isNumber()) {
            return new Figure(value.asText(), value.asDouble(), Kind.RATE);
        }
        String text = value.asText();
        return new Figure(text, 0, SMALL_TEXT.equals(text) ? Kind.SMALL : Kind.WITHHELD);
    }

    public boolean isZeroCount() {
        return kind == Kind.COUNT && number == 0;
    }
}
