package org.helpline.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The catalogue of sections is the report: the same keys, in the JSON's order. */
class SectionCatalogueTest {

    @Test
    void everySectionOfTheReportIsCataloguedInTheOrderOfTheJson() {
        assertThat(Arrays.stream(Report.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !name.equals("year") && !name.equals("month")))
                .containsExactlyElementsOf(Section.keys());
    }
}
