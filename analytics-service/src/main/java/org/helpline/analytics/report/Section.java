package org.helpline.analytics.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report's sections, in the order of the JSON: the key (JSON property, CSV name) and how it is read from
 * the {@link Report}. (How each is drawn, and its title in English and Urdu, is the console's report page's.)
 */
public enum Section {
    TOTALS("totals", Report::totals),
    CASES_BY_MONTH("casesByMonth", Report::casesByMonth),
    CATEGORIES("categories", Report::categories),
    GENDERS("genders", Report::genders),
    PROVINCES("provinces", Report::provinces),
    CITIES("cities", Report::cities),
    CHANNELS("channels", Report::channels),
    CALLER_TYPES("callerTypes", Report::callerTypes),
    HARASSER_GENDERS("harasserGenders", Report::harasserGenders),
    RELATIONSHIPS("relationships", Report::relationships),
    OCCUPATIONS("occupations", Report::occupations),
    COMMUNITIES("communities", Report::communities),
    SOURCES_OF_CONTACT("sourcesOfContact", Report::sourcesOfContact),
    COMPLAINT_TYPES_BY_GENDER("complaintTypesByGender", Report::complaintTypesByGender),
    COMPLAINT_TYPE_COOCCURRENCE("complaintTypeCooccurrence", Report::complaintTypeCooccurrence),
    CALLER_TYPES_BY_GENDER("callerTypesByGender", Report::callerTypesByGender),
    AGE_BANDS_BY_GENDER("ageBandsByGender", Report::ageBandsByGender),
    PLATFORMS("platforms", Report::platforms),
    META_PLATFORMS("metaPlatforms", Report::metaPlatforms),
    SERVICES("services", Report::services),
    MENTAL_HEALTH_CONCERNS("mentalHealthConcerns", Report::mentalHealthConcerns),
    ESCALATIONS_BY_PLATFORM("escalationsByPlatform", Report::escalationsByPlatform),
    REFERRALS("referrals", Report::referrals),
    FIA_REFERRALS("fiaReferrals", Report::fiaReferrals),
    FIA_WING_CITIES("fiaWingCities", Report::fiaWingCities),
    FIA_TRAVEL_DISTANCES("fiaTravelDistances", Report::fiaTravelDistances),
    REFERRAL_OUTCOMES("referralOutcomes", Report::referralOutcomes);

    private final String key;
    private final Function<Report, SectionValue> value;

    Section(String key, Function<Report, SectionValue> value) {
        this.key = key;
        this.value = value;
    }

    /** The JSON property and the CSV's name. */
    public String key() {
        return key;
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
