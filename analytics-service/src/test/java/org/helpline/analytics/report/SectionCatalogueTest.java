package org.helpline.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/** The catalogue of sections is the report: the same keys, in the JSON's order, and each has a title. */
class SectionCatalogueTest {

    @Test
    void everySectionOfTheReportIsCataloguedInTheOrderOfTheJson() {
        assertThat(Arrays.stream(Report.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !name.equals("year") && !name.equals("month")))
                .containsExactlyElementsOf(Section.keys());
    }

    @Test
    void everySectionHasATitleForThePage() {
        ResourceBundle titles = ResourceBundle.getBundle("report-sections", Locale.ROOT);
        for (Section section : Section.values()) {
            assertThat(titles.containsKey(section.messageKey())).as(section.messageKey()).isTrue();
        }
    }
}
