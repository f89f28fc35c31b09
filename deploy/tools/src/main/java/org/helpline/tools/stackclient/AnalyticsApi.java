package org.helpline.tools.stackclient;

/** analytics-service's {@code /api/reports/{year}}, as far as the tools use it. */
public final class AnalyticsApi {

    private AnalyticsApi() {
    }

    public static String report(String analytics, int year) {
        return analytics + "/api/reports/" + year;
    }

    public record Report(Totals totals) {
    }

    /** In the report's order, so that writing it back prints what analytics answered. */
    public record Totals(long cases, long contacts, long followUps) {
    }
}
