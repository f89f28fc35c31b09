package org.helpline.tools.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The demo year is a fixed set of figures: CalibratedDemoYearIT compares what the stack loads with the
 * report, and this pins the plan itself, case by case, to the year the single-file generator
 * (deploy/tools/DemoData.java, before the tools became a module) planned. A change of the order in which
 * the plan draws from its seed moves every case and fails here first.
 */
class CalibratedYearTest {

    /** SHA-256 of {@link #dump}, as the single-file generator's plan printed it. */
    private static final String PLANNED_BEFORE = "a8f6f1c7520f22345a649990af0383734f3a519298d777616abec9786ee0ad0e";

    @Test
    void everyPlannedCaseIsTheOneTheSingleFileGeneratorPlanned() throws Exception {
        String dump = dump(CalibratedYear.plan());

        byte[] digest = MessageDigest.getInstance("SHA-256").digest(dump.getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(digest)).isEqualTo(PLANNED_BEFORE);
    }

    @Test
    void thePlanHoldsTheComplaintTableAndFig21() {
        List<PlannedCase> year = CalibratedYear.plan();

        assertThatCode(() -> PublishedFigures.check(year)).doesNotThrowAnyException();
    }

    @Test
    void thePlanOnlyFiguresAreTheReportsHeadlines() {
        List<PlannedCase> year = CalibratedYear.plan();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            PublishedFigures.print(year);
        } finally {
            System.setOut(out);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "The calibrated year 2023: 2473 cases (2472 classified), 619 follow-ups, 1371 women (79% reported by"
                        + " herself), 177 escalations (124 to Meta), 1278 FIA referrals (864 from wing cities).",
                "Meta 55.6% of 2277 platform mentions; TikTok resolved 7 of 9 (77.8%); blackmailing with image abuse"
                        + " 120 of 460 (26%), image abuse with blackmailing 120 of 547 (22%).");
    }

    /** One line per case, every field, in the format the single-file generator's plan was dumped in. */
    private static String dump(List<PlannedCase> year) {
        return year.stream().map(c -> c.index + "|" + c.openedAt + "|" + c.gender + "|" + c.channel + "|" + c.ageBand
                + "|" + c.city + "|" + c.province + "|" + c.callerType + "|" + c.source + "|" + c.occupation + "|"
                + c.community + "|" + c.category + "|" + c.types + "|" + c.platforms + "|" + c.harasserGender + "|"
                + c.relationship + "|" + c.mentalHealthConcern + "|" + c.followUps + "|" + c.services + "|"
                + c.escalationPlatform + "|" + c.escalationOutcome + "|" + c.referrals.stream()
                        .map(r -> r.target() + "/" + r.city() + "/" + r.wing() + "/" + r.outcomes()).toList())
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
