package org.helpline.console.report;

import java.util.List;
import java.util.function.Function;

import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.contracts.vocabulary.Service;
import org.helpline.contracts.vocabulary.SourceOfContact;

/**
 * The report page's sections in the page's order (the report's story, not the JSON's): the key (the JSON property,
 * also {@code data-chart}), the chart drawn of it, the labels of its rows and of its columns, and, for a stacked or
 * table chart, the columns shown. The title's key is {@code report_section_<key>}.
 */
public enum ReportSection {

    TOTALS("totals", Chart.FIGURES, Report::totals, LabelSet.own("totals", "cases", "contacts", "followUps")),
    CASES_BY_MONTH("casesByMonth", Chart.COLUMNS, Report::casesByMonth, LabelSet.months("casesByMonth")),
    CATEGORIES("categories", Chart.BARS, Report::categories, LabelSet.vocabulary("categories", Category.class)),
    GENDERS("genders", Chart.BARS, Report::genders, LabelSet.vocabulary("genders", Gender.class)),
    COMPLAINT_TYPES_BY_GENDER("complaintTypesByGender", Chart.TABLE, Report::complaintTypesByGender,
            LabelSet.vocabulary("complaintTypesByGender", ComplaintType.class),
            LabelSet.vocabulary("complaintTypesByGender", Gender.class),
            List.of("total", "FEMALE", "MALE", "NON_BINARY", "TRANS_WOMAN", "TRANS_MAN", "UNDISCLOSED")),
    COMPLAINT_TYPE_COOCCURRENCE("complaintTypeCooccurrence", Chart.TABLE, Report::complaintTypeCooccurrence,
            LabelSet.own("complaintTypeCooccurrence", "blackmailingWithImageAbuse", "imageAbuseWithBlackmailing",
                    "blackmailingWithImageAbuseFemale", "imageAbuseWithBlackmailingFemale"),
            LabelSet.own("complaintTypeCooccurrence", "cases", "alsoWith", "share"), List.of("cases", "alsoWith", "share")),
    AGE_BANDS_BY_GENDER("ageBandsByGender", Chart.STACKED, Report::ageBandsByGender,
            LabelSet.vocabulary("ageBandsByGender", AgeBand.class), LabelSet.vocabulary("ageBandsByGender", Gender.class),
            List.of("FEMALE", "MALE", "NON_BINARY", "TRANS_WOMAN", "TRANS_MAN", "UNDISCLOSED")),
    PROVINCES("provinces", Chart.BARS, Report::provinces, LabelSet.vocabulary("provinces", Province.class)),
    CITIES("cities", Chart.BARS, Report::cities, LabelSet.names("cities")),
    CALLER_TYPES("callerTypes", Chart.BARS, Report::callerTypes, LabelSet.vocabulary("callerTypes", CallerType.class)),
    CALLER_TYPES_BY_GENDER("callerTypesByGender", Chart.STACKED, Report::callerTypesByGender,
            LabelSet.vocabulary("callerTypesByGender", Gender.class),
            LabelSet.vocabulary("callerTypesByGender", CallerType.class), List.of("SELF", "ON_BEHALF")),
    SOURCES_OF_CONTACT("sourcesOfContact", Chart.BARS, Report::sourcesOfContact,
            LabelSet.vocabulary("sourcesOfContact", SourceOfContact.class)),
    OCCUPATIONS("occupations", Chart.BARS, Report::occupations, LabelSet.vocabulary("occupations", Occupation.class)),
    COMMUNITIES("communities", Chart.BARS, Report::communities, LabelSet.vocabulary("communities", Community.class)),
    HARASSER_GENDERS("harasserGenders", Chart.BARS, Report::harasserGenders,
            LabelSet.vocabulary("harasserGenders", HarasserGender.class)),
    RELATIONSHIPS("relationships", Chart.BARS, Report::relationships,
            LabelSet.vocabulary("relationships", Relationship.class)),
    PLATFORMS("platforms", Chart.BARS, Report::platforms, LabelSet.vocabulary("platforms", Platform.class)),
    /** A table of its one row (labelled META): every label is a column. */
    META_PLATFORMS("metaPlatforms", Chart.TABLE, Report::metaPlatforms, LabelSet.own("metaPlatforms", "META"),
            LabelSet.own("metaPlatforms", "complaintMentions", "allComplaintMentions", "complaintShare",
                    "escalationsSent", "escalationsResolved", "escalationResolutionRate"),
            List.of("complaintMentions", "allComplaintMentions", "complaintShare", "escalationsSent",
                    "escalationsResolved", "escalationResolutionRate")),
    MENTAL_HEALTH_CONCERNS("mentalHealthConcerns", Chart.BARS, Report::mentalHealthConcerns,
            LabelSet.own("mentalHealthConcerns", "YES", "NO")),
    SERVICES("services", Chart.BARS, Report::services, LabelSet.vocabulary("services", Service.class)),
    /** Outcomes stacked, and the rates beside them as a table. */
    ESCALATIONS_BY_PLATFORM("escalationsByPlatform", Chart.STACKED, Report::escalationsByPlatform,
            LabelSet.vocabulary("escalationsByPlatform", Platform.class),
            LabelSet.own("escalationsByPlatform", "sent", "resolved", "unresolved", "pending", "resolutionRate"),
            List.of("resolved", "unresolved", "pending")),
    REFERRALS("referrals", Chart.BARS, Report::referrals, LabelSet.vocabulary("referrals", ReferralTarget.class)),
    FIA_REFERRALS("fiaReferrals", Chart.BARS, Report::fiaReferrals,
            LabelSet.own("fiaReferrals", "fromWingCities", "fromOtherCities", "fromUnknownLocations")),
    FIA_WING_CITIES("fiaWingCities", Chart.BARS, Report::fiaWingCities, LabelSet.names("fiaWingCities")),
    FIA_TRAVEL_DISTANCES("fiaTravelDistances", Chart.BARS, Report::fiaTravelDistances,
            LabelSet.own("fiaTravelDistances", "0 km", "1-50 km", "51-100 km", "101-200 km", "201-400 km",
                    "over 400 km")),
    REFERRAL_OUTCOMES("referralOutcomes", Chart.STACKED, Report::referralOutcomes,
            LabelSet.vocabulary("referralOutcomes", ReferralTarget.class),
            LabelSet.vocabulary("referralOutcomes", ReferralOutcome.class, "PENDING"),
            List.of("COMPLAINT_REGISTERED", "FIR_LODGED", "RESOLVED", "DECLINED", "NO_CONTACT", "PENDING")),
    CHANNELS("channels", Chart.BARS, Report::channels, LabelSet.vocabulary("channels", Channel.class));

    /** How the page draws a section. */
    public enum Chart {
        /** Big numbers side by side. */
        FIGURES,
        /** Vertical bars (by month). */
        COLUMNS,
        /** Horizontal bars, one per label. */
        BARS,
        /** One stacked bar per row, split by {@link #columns()}. */
        STACKED,
        /** A table with {@link #columns()} as its columns. */
        TABLE
    }

    /** The rates of the escalations, which bars cannot show, as a table beside the stacked chart. */
    static final List<String> ESCALATION_RATES = List.of("sent", "resolved", "unresolved", "pending", "resolutionRate");

    private final String key;
    private final Chart chart;
    private final Function<Report, SectionValue> value;
    private final LabelSet rows;
    private final LabelSet columnLabels;
    private final List<String> columns;

    ReportSection(String key, Chart chart, Function<Report, SectionValue> value, LabelSet labels) {
        this(key, chart, value, labels, labels, List.of());
    }

    ReportSection(String key, Chart chart, Function<Report, SectionValue> value, LabelSet rows, LabelSet columnLabels,
            List<String> columns) {
        this.key = key;
        this.chart = chart;
        this.value = value;
        this.rows = rows;
        this.columnLabels = columnLabels;
        this.columns = columns;
    }

    /** The JSON property, and the page's {@code data-chart}. */
    public String key() {
        return key;
    }

    public String titleKey() {
        return "report_section_" + key;
    }

    public Chart chart() {
        return chart;
    }

    /** The labels of a flat section's figures, or of a table's rows. */
    LabelSet rows() {
        return rows;
    }

    /** The labels of a table's columns (a flat section's are its rows'). */
    LabelSet columnLabels() {
        return columnLabels;
    }

    /** The stacked parts or the table's columns; empty for a chart of every label. */
    List<String> columns() {
        return columns;
    }

    /** Whether a table of rates is drawn beside the chart, under the title {@code report_section_<key>Rates}. */
    boolean hasRates() {
        return this == ESCALATIONS_BY_PLATFORM;
    }

    SectionValue of(Report report) {
        return value.apply(report);
    }
}
