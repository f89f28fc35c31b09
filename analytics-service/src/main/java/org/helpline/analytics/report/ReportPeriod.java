package org.helpline.analytics.report;

import java.time.YearMonth;

/** A report's period: a whole year, or one month of it ({@code ?month=2023-04}). */
public record ReportPeriod(int year, YearMonth month) {

    public static ReportPeriod of(int year, YearMonth month) {
        if (month != null && month.getYear() != year) {
            throw new IllegalArgumentException("month " + month + " is not in " + year);
        }
        return new ReportPeriod(year, month);
    }

    /** The month as case_fact stores it ("2023-04"), or "" for the whole year. */
    String monthKey() {
        return month == null ? "" : month.toString();
    }
}
