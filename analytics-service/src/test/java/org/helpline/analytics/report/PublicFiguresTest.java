package org.helpline.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The publishable figures: what a reader of the public report can and cannot learn about a small group. */
class PublicFiguresTest {

    @Test
    void aCountOfOneToFourIsShownAsLessThanFiveAndZeroAndFiveStayAsTheyAre() {
        assertThat(PublicFigures.suppress(row("a", 0L, "b", 1L, "c", 4L, "d", 5L)))
                .isEqualTo(row("a", 0L, "b", "<5", "c", "<5", "d", 5L));
    }

    @Test
    void aLoneSmallCellTakesTheNextSmallestCountWithItSoThatTheTotalCannotGiveItAway() {
        assertThat(PublicFigures.suppress(row("total", 19L, "FEMALE", 2L, "MALE", 10L, "TRANS_WOMAN", 7L, "NON_BINARY", 0L)))
                .isEqualTo(row("total", 19L, "FEMALE", "<5", "MALE", 10L, "TRANS_WOMAN", "withheld", "NON_BINARY", 0L));
    }

    @Test
    void twoSmallCellsAlreadyProtectEachOther() {
        assertThat(PublicFigures.suppress(row("total", 15L, "FEMALE", 2L, "MALE", 10L, "TRANS_WOMAN", 3L)))
                .isEqualTo(row("total", 15L, "FEMALE", "<5", "MALE", 10L, "TRANS_WOMAN", "<5"));
    }

    @Test
    void aRateBesideASuppressedCountIsWithheld() {
        assertThat(PublicFigures.suppress(row("sent", 9L, "resolved", 3L, "unresolved", 6L, "resolutionRate", 0.333)))
                .isEqualTo(row("sent", 9L, "resolved", "<5", "unresolved", "withheld", "resolutionRate", "withheld"));
    }

    private static Map<String, Object> row(Object... keyThenValue) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyThenValue.length; i += 2) {
            row.put((String) keyThenValue[i], keyThenValue[i + 1]);
        }
        return row;
    }
}
