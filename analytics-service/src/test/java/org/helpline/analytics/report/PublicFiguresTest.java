package org.helpline.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The publishable figures: what a reader of the public report can and cannot learn about a small group. */
class PublicFiguresTest {

    @Test
    void aCountOfOneToFourIsShownAsLessThanFiveAndZeroAndFiveStayAsTheyAre() {
        assertThat(row("a", 0L, "b", 1L, "c", 4L, "d", 5L).suppressed())
                .isEqualTo(row("a", 0L, "b", "<5", "c", "<5", "d", 5L));
    }

    @Test
    void aLoneSmallCellTakesTheNextSmallestCountWithItSoThatTheTotalCannotGiveItAway() {
        assertThat(row("total", 19L, "FEMALE", 2L, "MALE", 10L, "TRANS_WOMAN", 7L, "NON_BINARY", 0L).suppressed())
                .isEqualTo(row("total", 19L, "FEMALE", "<5", "MALE", 10L, "TRANS_WOMAN", "withheld", "NON_BINARY", 0L));
    }

    @Test
    void twoSmallCellsAlreadyProtectEachOther() {
        assertThat(row("total", 15L, "FEMALE", 2L, "MALE", 10L, "TRANS_WOMAN", 3L).suppressed())
                .isEqualTo(row("total", 15L, "FEMALE", "<5", "MALE", 10L, "TRANS_WOMAN", "<5"));
    }

    @Test
    void aRateBesideASuppressedCountIsWithheld() {
        assertThat(row("sent", 9L, "resolved", 3L, "unresolved", 6L, "resolutionRate", 0.333).suppressed())
                .isEqualTo(row("sent", 9L, "resolved", "<5", "unresolved", "withheld", "resolutionRate", "withheld"));
    }

    /** Labels and figures as the JSON shows them: Long a count, Double a rate, "<5" and "withheld" markers. */
    private static Row row(Object... keyThenValue) {
        Row.Builder row = Row.builder();
        for (int i = 0; i < keyThenValue.length; i += 2) {
            Object value = keyThenValue[i + 1];
            row.put((String) keyThenValue[i], value instanceof Long n ? Figure.count(n)
                    : value instanceof Double rate ? Figure.rate(rate)
                    : Figure.SMALL_TEXT.equals(value) ? Figure.SMALL : Figure.WITHHELD);
        }
        return row.build();
    }
}
