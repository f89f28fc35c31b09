package org.helpline.console.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.helpline.console.language.Language;
import org.helpline.console.language.Texts;

/**
 * Every title and every label the report page can show has an English and an Urdu text, and the Urdu is not the
 * English: each section's title, its rows' and columns' labels (the vocabularies' from console_*.properties, the
 * report's own from report_*.properties, the months), and the page's own words.
 */
class ReportTextsTest {

    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");
    private static final List<String> PAGE = List.of("report_title_year", "report_title_month", "report_publishable",
            "report_public_note", "report_internal_note", "report_periods", "report_whole_year", "report_show_public",
            "report_show_internal", "report_nothing_yet");

    @Test
    void everySectionTitleAndEveryLabelThePageCanShowIsInEnglishAndInUrdu() {
        List<String> keys = new ArrayList<>(PAGE);
        for (ReportSection section : ReportSection.values()) {
            keys.add(section.titleKey());
            if (section.hasRates()) {
                keys.add(section.titleKey() + "Rates");
            }
            keys.addAll(section.rows().keys());
            keys.addAll(section.columnLabels().keys());
        }
        assertThat(keys).hasSizeGreaterThan(150);
        for (String key : keys) {
            String english = Texts.of(Language.ENGLISH, key);
            String urdu = Texts.of(Language.URDU, key);
            assertThat(english).as(key).isNotBlank();
            assertThat(urdu).as(key).isNotBlank().isNotEqualTo(english);
            assertThat(ARABIC_LETTER.matcher(urdu).find()).as("Urdu of %s in Arabic script: %s", key, urdu).isTrue();
        }
    }

    @Test
    void everyLabelOfAnalyticsReportIsLabelledExceptNamesWhichAreData() {
        // the labels analytics-service writes that are not a vocabulary's values (analytics' ReportQueries)
        assertThat(ReportSection.TOTALS.rows().keyOf("followUps")).isEqualTo("report_totals_followUps");
        assertThat(ReportSection.CASES_BY_MONTH.rows().keyOf("2026-09")).isEqualTo("report_month_09");
        assertThat(ReportSection.FIA_TRAVEL_DISTANCES.rows().keyOf("over 400 km"))
                .isEqualTo("report_fiaTravelDistances_over_400_km");
        assertThat(ReportSection.FIA_REFERRALS.rows().keyOf("total")).isEqualTo("report_label_total");
        assertThat(ReportSection.REFERRAL_OUTCOMES.columnLabels().keyOf("PENDING"))
                .isEqualTo("report_referralOutcomes_PENDING");
        assertThat(ReportSection.REFERRAL_OUTCOMES.columnLabels().keyOf("FIR_LODGED")).isEqualTo("ReferralOutcome.FIR_LODGED");
        assertThat(ReportSection.PROVINCES.rows().keyOf("UNSPECIFIED")).isEqualTo("report_label_unspecified");
        assertThat(ReportSection.ESCALATIONS_BY_PLATFORM.rows().keyOf("WHATSAPP")).isEqualTo("Platform.WHATSAPP");
        // cities and wings are names: shown as they are, in <bdi>-like isolation of their own SVG text
        assertThat(ReportSection.CITIES.rows().keyOf("Lahore")).isNull();
        assertThat(ReportSection.FIA_WING_CITIES.rows().keyOf("Multan")).isNull();
        for (ReportSection section : ReportSection.values()) {
            for (String column : section.columns()) {
                assertThat(section.columnLabels().keyOf(column)).as("%s: %s", section, column).isNotNull();
            }
        }
    }
}
