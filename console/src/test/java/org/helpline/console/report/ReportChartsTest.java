package org.helpline.console.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.helpline.console.language.Language;
import org.helpline.console.report.ReportPage.Bar;
import org.helpline.console.report.ReportPage.SectionView;
import org.helpline.console.report.ReportPage.Shown;

/**
 * analytics' JSON read into the typed report (labels in the report's order; counts, rates and "<5" told apart) and
 * laid out as the page draws it: every section, each bar with the JSON's label and figure, a suppressed count a
 * stub, the Urdu charts mirrored.
 */
class ReportChartsTest {

    private static final String JSON = """
            {"year":2026,"totals":{"cases":12,"contacts":15,"followUps":3},
             "casesByMonth":{"2026-01":0,"2026-02":"<5","2026-03":10},
             "categories":{"GENERAL_INQUIRY":8,"CYBER_HARASSMENT":"<5"},"genders":{},"provinces":{},
             "cities":{"Lahore":7,"UNSPECIFIED":5},"channels":{},"callerTypes":{},"harasserGenders":{},
             "relationships":{},"occupations":{},"communities":{},"sourcesOfContact":{},
             "complaintTypesByGender":{"BLACKMAILING":{"total":8,"FEMALE":8,"MALE":0}},
             "complaintTypeCooccurrence":{"blackmailingWithImageAbuse":{"cases":8,"alsoWith":4,"share":0.5}},
             "callerTypesByGender":{},"ageBandsByGender":{},"platforms":{},
             "metaPlatforms":{"complaintMentions":3,"complaintShare":"withheld"},"services":{},
             "mentalHealthConcerns":{},"escalationsByPlatform":{"TIKTOK":{"sent":6,"resolved":6,"unresolved":0,
             "pending":0,"resolutionRate":1.0}},"referrals":{},"fiaReferrals":{},"fiaWingCities":{},
             "fiaTravelDistances":{},"referralOutcomes":{}}""";

    @Test
    void theReportsJsonIsReadInItsOrderWithCountsRatesAndMarkersToldApart() throws Exception {
        Report report = new ObjectMapper().readValue(JSON, Report.class);

        assertThat(report.categories().labels()).containsExactly("GENERAL_INQUIRY", "CYBER_HARASSMENT");
        assertThat(report.categories().get("CYBER_HARASSMENT").kind()).isEqualTo(Figure.Kind.SMALL);
        assertThat(report.complaintTypeCooccurrence().rows().get(0).counts().get("share"))
                .isEqualTo(new Figure("0.5", 0.5, Figure.Kind.RATE));
        assertThat(report.escalationsByPlatform().rows().get(0).counts().get("resolutionRate").shown()).isEqualTo("1.0");
        assertThat(report.metaPlatforms().get("complaintShare").kind()).isEqualTo(Figure.Kind.WITHHELD);
        assertThat(report.totals().get("cases")).isEqualTo(new Figure("12", 12, Figure.Kind.COUNT));
        assertThat(report.month()).isNull();
    }

    @Test
    void everySectionIsDrawnEachBarWithTheJsonsFigureASmallCountAsAStubAndUrduMirrored() throws Exception {
        Report report = new ObjectMapper().readValue(JSON, Report.class);

        List<SectionView> english = new ReportCharts(Language.ENGLISH).sections(report);
        assertThat(english).extracting(SectionView::id)
                .containsExactlyInAnyOrderElementsOf(List.of(ReportSection.values()).stream().map(ReportSection::key)
                        .toList());
        SectionView categories = section(english, "categories");
        assertThat(categories.shown()).isEqualTo(Shown.CHART);
        Bar general = categories.drawing().bars().get(0);
        Bar small = categories.drawing().bars().get(1);
        assertThat(general.label()).isEqualTo("GENERAL_INQUIRY");
        assertThat(general.value()).isEqualTo("8");
        assertThat(general.title()).isEqualTo("General inquiry");
        assertThat(small.value()).isEqualTo("<5");
        assertThat(Double.parseDouble(small.width())).isPositive().isLessThan(Double.parseDouble(general.width()) / 10);
        assertThat(section(english, "genders").shown()).isEqualTo(Shown.NOTHING_YET);
        assertThat(section(english, "totals").figures()).extracting(ReportPage.Mark::value).containsExactly("12", "15", "3");
        assertThat(section(english, "metaPlatforms").table().rows().get(0).cells())
                .extracting(ReportPage.Cell::value).containsExactly("3", "null", "withheld", "null", "null", "null");
        assertThat(section(english, "escalationsByPlatform").rates().id()).isEqualTo("escalationsByPlatformRates");
        // a city is a name, isolated so that it reads right on an Urdu page too; "not recorded" is the report's word
        assertThat(section(english, "cities").drawing().texts()).extracting(ReportPage.Text::text)
                .contains("\u2068Lahore\u2069", "Not recorded");

        // a withheld figure keeps analytics' marker as its data-value and is said in the page's language
        assertThat(section(new ReportCharts(Language.URDU).sections(report), "metaPlatforms").table().rows().get(0)
                .cells()).extracting(ReportPage.Cell::value, ReportPage.Cell::shown)
                .contains(org.assertj.core.groups.Tuple.tuple("withheld", "روکا گیا"));

        SectionView urdu = section(new ReportCharts(Language.URDU).sections(report), "categories");
        Bar mirrored = urdu.drawing().bars().get(0);
        assertThat(urdu.title()).isEqualTo("شکایات کے زمرے");
        assertThat(Double.parseDouble(mirrored.x()) + Double.parseDouble(mirrored.width()))
                .isCloseTo(ReportCharts.WIDTH - Double.parseDouble(general.x()), org.assertj.core.data.Offset.offset(0.2));
    }

    private static SectionView section(List<SectionView> sections, String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
