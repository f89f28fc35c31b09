package org.helpline.analytics.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report's sections, in the order of the JSON: the key (JSON property, CSV name), the message key
 * of its title (report-sections.properties), the chart the analysts' page draws of it, and the labels
 * that chart shows, for the sections whose chart does not simply show every label.
 */
public enum Section {

    TOTALS("totals", Chart.FIGURES, Report::totals),
    CASES_BY_MONTH("casesByMonth", Chart.COLUMNS, Report::casesByMonth),
    CATEGORIES("categories", Chart.BARS, Report::categories),
    GENDERS("genders", Chart.BARS, Report::genders),
    PROVINCES("provinces", Chart.BARS, Report::provinces),
    CITIES("cities", Chart.BARS, Report::cities),
    CHANNELS("channels", Chart.BARS, Report::channels),
    CALLER_TYPES("callerTypes", Chart.BARS, Report::callerTypes),
    HARASSER_GENDERS("harasserGenders", Chart.BARS, Report::harasserGenders),
    RELATIONSHIPS("relationships", Chart.BARS, Report::relationships),
    OCCUPATIONS("occupations", Chart.BARS, Report::occupations),
    COMMUNITIES("communities", Chart.BARS, Report::communities),
    SOURCES_OF_CONTACT("sourcesOfContact", Chart.BARS, Report::sourcesOfContact),
    COMPLAINT_TYPES_BY_GENDER("complaintTypesByGender", Chart.TABLE, Report::complaintTypesByGender,
            List.of("total", "FEMALE", "MALE", "NON_BINARY", "TRANS_WOMAN", "TRANS_MAN", "UNDISCLOSED")),
    COMPLAINT_TYPE_COOCCURRENCE("complaintTypeCooccurrence", Chart.TABLE, Report::complaintTypeCooccurrence,
            List.of("cases", "alsoWith", "share")),
    CALLER_TYPES_BY_GENDER("callerTypesByGender", Chart.STACKED, Report::callerTypesByGender,
            List.of("SELF", "ON_BEHALF")),
    AGE_BANDS_BY_GENDER("ageBandsByGender", Chart.STACKED, Report::ageBandsByGender,
            List.of("FEMALE", "MALE", "NON_BINARY", "TRANS_WOMAN", "TRANS_MAN", "UNDISCLOSED")),
    PLATFORMS("platforms", Chart.BARS, Report::platforms),
    /** A table of its one row: every label is a column. */
    META_PLATFORMS("metaPlatforms", Chart.TABLE, Report::metaPlatforms),
    SERVICES("services", Chart.BARS, Report::services),
    MENTAL_HEALTH_CONCERNS("mentalHealthConcerns", Chart.BARS, Report::mentalHealthConcerns),
    /** Outcomes stacked, and the rates beside them as a table. */
    ESCALATIONS_BY_PLATFORM("escalationsByPlatform", Chart.STACKED, Report::escalationsByPlatform,
            List.of("resolved", "unresolved", "pending"),
            List.of("sent", "resolved", "unresolved", "pending", "resolutionRate")),
    REFERRALS("referrals", Chart.BARS, Report::referrals),
    FIA_REFERRALS("fiaReferrals", Chart.BARS, Report::fiaReferrals),
    FIA_WING_CITIES("fiaWingCities", Chart.BARS, Report::fiaWingCities),
    FIA_TRAVEL_DISTANCES("fiaTravelDistances", Chart.BARS, Report::fiaTravelDistances),
    REFERRAL_OUTCOMES("referralOutcomes", Chart.STACKED, Report::referralOutcomes,
            List.of("COMPLAINT_REGISTERED", "FIR_LODGED", "RESOLVED", "DECLINED", "NO_CONTACT", "PENDING"));

    /** How the analysts' page draws a section. */
    public enum Chart {
        /** Big numbers side by side. */
        FIGURES,
        /** Vertical bars (by month). */
        COLUMNS,
        /** Horizontal bars, one per label. */
        BARS,
        /** One stacked bar per row, split by {@link #parts()}. */
        STACKED,
        /** A table with {@link #parts()} as columns. */
        TABLE
    }

    private final String key;
    private final Chart chart;
    private final Function<Report, SectionValue> value;
    private final List<String> parts;
    private final List<String> rateColumns;

    Section(String key, Chart chart, Function<Report, SectionValue> value) {
        this(key, chart, value, List.of(), List.of());
    }

    Section(String key, Chart chart, Function<Report, SectionValue> value, List<String> parts) {
        this(key, chart, value, parts, List.of());
    }

    Section(String key, Chart chart, Function<Report, SectionValue> value, List<String> parts,
            List<String> rateColumns) {
        this.key = key;
        this.chart = chart;
        this.value = value;
        this.parts = parts;
        this.rateColumns = rateColumns;
    }

    /** The JSON property and the CSV's name. */
    public String key() {
        return key;
    }

    public String messageKey() {
        return "report.section." + key;
    }

    public Chart chart() {
        return chart;
    }

    /** The stacked parts or the table's columns; empty for a chart of every label. */
    public List<String> parts() {
        return parts;
    }

    /** Columns of a table drawn beside a stacked chart (the rates the bars cannot show); usually none. */
    public List<String> rateColumns() {
        return rateColumns;
    }

    public SectionValue of(Report report) {
        return value.apply(report);
    }

    public static Optional<Section> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Section::key).toList();
    }
}
