package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The README's demo command loads the calibrated year 2023 through the services' REST APIs; the live
 * report must then show every figure the helpline's 2023 report publishes. The expected values below are
 * copied from the report itself (page and figure named), never from the generator or its input files:
 * one edit must not move generator and expectation together.
 */
class CalibratedDemoYearIT extends OnTheLocalStack {

    private static final List<String> ROMANTIC = List.of("SPOUSE", "EX_SPOUSE", "PARTNER", "EX_PARTNER", "FIANCE");
    private static final List<String> KNOWN_PERSONALLY = List.of("SPOUSE", "EX_SPOUSE", "PARTNER", "EX_PARTNER",
            "FIANCE", "FRIEND", "FAMILY", "COLLEAGUE", "NEIGHBOUR");

    /** "Types of complaints", as the report prints it: TOTAL, FEMALE, MALE, NB, TRANS WOMAN, TRANS MAN; blank = 0. */
    private static final String PUBLISHED_COMPLAINT_TABLE = """
            (THREAT OF) BLASPHEMY ACCUSATION    |   11 |    4 |    5 |     |    2 |
            ABUSIVE MESSAGES                    |   64 |   42 |   19 |   1 |    1 |
            ACCOUNT DISABLED                    |   25 |   16 |    6 |     |      |
            BLACKMAILING                        |  460 |  397 |   57 |     |    2 |
            BULLYING                            |   18 |   10 |    4 |     |    3 |
            CAPTURED ON CAMERA WITHOUT CONSENT  |   21 |   15 |    4 |     |    2 |
            CENSORSHIP                          |    9 |    2 |    4 |     |    1 |
            COPYRIGHT ISSUE                     |    2 |    1 |      |     |    1 |
            DEFAMATION                          |  116 |   78 |   34 |     |    1 |   2
            DOXING                              |   29 |   20 |    9 |     |      |
            FAKE PROFILE                        |  108 |   79 |   27 |     |    1 |
            FIA RELATED                         |   22 |    6 |   13 |     |      |
            FINANCIAL FRAUD                     |  742 |  227 |  506 |     |      |
            GBV                                 |    7 |    7 |      |     |      |
            HACKING                             |  286 |  126 |  153 |     |    2 |
            HATE SPEECH                         |   27 |    4 |    1 |   1 |   18 |   2
            IMPERSONATION                       |   69 |   49 |   20 |     |      |
            INFORMATION REQUEST                 |  113 |   30 |   36 |     |      |
            LOGIN ISSUES                        |   39 |   15 |   14 |     |    3 |
            NCII                                |  178 |  155 |   23 |     |      |
            NCEDITS                             |   35 |   33 |    2 |     |      |
            NCUI                                |  334 |  279 |   47 |     |    7 |   1
            ONLINE STALKING                     |   31 |   27 |    4 |     |      |
            OTHER                               |   81 |   32 |   42 |     |    1 |
            PHISHING                            |   16 |   11 |    5 |     |      |
            PHYSICAL VIOLENCE                   |   18 |   12 |    5 |     |      |
            SEXUAL HARASSMENT                   |   27 |   23 |    3 |     |      |   1
            SOCIAL ENGINEERING                  |   59 |   16 |   43 |     |      |
            STALKING                            |   23 |   20 |    2 |     |    1 |
            STOLEN DEVICE                       |   12 |    5 |    7 |     |      |
            THREAT                              |  213 |  157 |   48 |     |    8 |
            THREATS OF PHYSICAL VIOLENCE        |   35 |   21 |   13 |     |    1 |
            UNSOLICITED CONTACT                 |  148 |  100 |   46 |     |      |
            """;

    @Test
    void theDemoYearReproducesEveryPublishedFigureAndSendingItAgainAddsNothing() {
        stack.demo();
        stack.awaitReport(2023, "totals.cases", 2473);
        // every figure at once, as soon as analytics has caught up with the last of the demo's events
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> everyPublishedFigureIn(report("")));
        // the demo's one unanswered SNAPCHAT escalation ages out here after 20 s: let it, or the report moves
        stack.awaitReport(2023, "escalationsByPlatform.SNAPCHAT.pending", 0);
        stack.awaitAnalyticsCaughtUp();
        Map<String, Object> report = report("").getMap("");
        given().redirects().follow(false).get(stack.url("analytics-service") + "/reports/2023").then().statusCode(303);

        // past the "already loaded" check: all 3,092 contacts again, each with its Idempotency-Key; a key
        // that let one through would show as soon as intake's relay and analytics had it
        stack.demoSentAgain();
        stack.awaitAnalyticsCaughtUp();
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> report("").getMap("").equals(report));
    }

    private static void everyPublishedFigureIn(JsonPath report) {
        // Year in review; Impact and feedback: 2473 new cases, 619 of 3092 calls were follow-ups
        assertThat(report.getInt("totals.cases")).isEqualTo(2473);
        assertThat(report.getInt("totals.followUps")).isEqualTo(619);
        assertThat(report.getInt("totals.contacts")).isEqualTo(3092);
        // "On average, 206 new cases were received each month, with February being the busiest"
        Map<String, Integer> months = report.getMap("casesByMonth", String.class, Integer.class);
        assertThat(Math.round(months.values().stream().mapToInt(Integer::intValue).sum() / 12.0)).isEqualTo(206);
        assertThat(months.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
                .isEqualTo("2023-02");
        // "The helpline is the primary mode of communication, with 2198 new callers"
        assertThat(report.getInt("channels.PHONE")).isEqualTo(2198);

        // Fig 2.1 (its six categories add up to 2472: the one case more was never classified)
        assertThat(report.getMap("categories", String.class, Integer.class)).containsAllEntriesOf(Map.of(
                "CYBER_HARASSMENT", 2224, "GENERAL_INQUIRY", 151, "OTHER_DIGITAL_ISSUE", 53, "DOMESTIC_ISSUE", 26,
                "PHYSICAL_HARASSMENT", 10, "WORKPLACE_HARASSMENT", 8));

        // Types of complaints, every row and column exactly
        assertThat(report.getMap("complaintTypesByGender")).isEqualTo(publishedComplaintTable());
        // Fig 8.1: 26% of the 460 blackmail cases were NCUI/NCII/NCEdits
        assertThat(report.getInt("complaintTypeCooccurrence.blackmailingWithImageAbuse.cases")).isEqualTo(460);
        assertThat(Math.round(100 * report.getDouble("complaintTypeCooccurrence.blackmailingWithImageAbuse.share")))
                .isEqualTo(26);

        // Gender analysis: "Out of the 1371 cases where a woman was targeted, 79% were reported ... by herself"
        assertThat(report.getInt("genders.FEMALE")).isEqualTo(1371);
        assertThat(Math.round(100.0 * report.getInt("callerTypesByGender.FEMALE.SELF") / 1371)).isEqualTo(79);
        // Fig 5.4: about 30% romantic relationships, approximately 50% harassed by someone they knew
        Map<String, Integer> relationships = new LinkedHashMap<>(
                report.getMap("relationships", String.class, Integer.class));
        relationships.remove("UNSPECIFIED");
        int classified = relationships.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(Math.round(100.0 * sum(relationships, ROMANTIC) / classified)).isEqualTo(30);
        assertThat(Math.round(100.0 * sum(relationships, KNOWN_PERSONALLY) / classified)).isEqualTo(50);
        // Fig 10.1: 67% social media, 4% a friend, 4% a DRF team member
        assertThat(Math.round(100.0 * report.getInt("sourcesOfContact.SOCIAL_MEDIA") / 2473)).isEqualTo(67);
        assertThat(Math.round(100.0 * report.getInt("sourcesOfContact.FRIEND_OR_FAMILY") / 2473)).isEqualTo(4);
        assertThat(Math.round(100.0 * report.getInt("sourcesOfContact.DRF_TEAM_MEMBER") / 2473)).isEqualTo(4);
        // Fig 3.1: 18-30 the most; above 30, men outnumber women
        Map<String, Map<String, Integer>> ages = report.getMap("ageBandsByGender");
        for (String band : List.of("AGE_31_40", "AGE_41_50", "AGE_51_PLUS")) {
            assertThat(ages.get(band).get("MALE")).as(band).isGreaterThan(ages.get(band).get("FEMALE"));
        }
        assertThat(ages.entrySet().stream().max((a, b) -> Integer.compare(total(a.getValue()), total(b.getValue())))
                .orElseThrow().getKey()).isEqualTo("AGE_18_30");
        // Geographical distribution: Punjab the most; nothing from Gilgit-Baltistan or Gwadar
        Map<String, Integer> provinces = report.getMap("provinces", String.class, Integer.class);
        assertThat(provinces.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
                .isEqualTo("PUNJAB");
        assertThat(provinces).doesNotContainKey("GILGIT_BALTISTAN");
        assertThat(report.getMap("cities")).doesNotContainKeys("Gwadar", "Gilgit");

        // Platforms: WhatsApp, Facebook and Instagram a combined 55.6%
        assertThat(Math.round(1000 * report.getDouble("metaPlatforms.complaintShare"))).isEqualTo(556);
        // Escalation resolution: 177 escalations, 124 to Meta, TikTok the highest resolution rate at 77.8%
        Map<String, Map<String, Object>> escalations = report.getMap("escalationsByPlatform");
        assertThat(escalations.values().stream().mapToInt(line -> (Integer) line.get("sent")).sum()).isEqualTo(177);
        assertThat(report.getInt("metaPlatforms.escalationsSent")).isEqualTo(124);
        assertThat(Math.round(1000 * rate(report.getMap("escalationsByPlatform.TIKTOK")))).isEqualTo(778);
        assertThat(escalations.entrySet().stream().max((a, b) -> Double.compare(rate(a.getValue()), rate(b.getValue())))
                .orElseThrow().getKey()).isEqualTo("TIKTOK");
        // "the escalation channel [of X] completely disintegrated after May": escalated, never resolved
        int escalatedToXAfterMay = 0;
        for (int month = 6; month <= 12; month++) {
            JsonPath monthly = report("?month=2023-%02d".formatted(month));
            Map<String, Map<String, Integer>> byPlatform = monthly.getMap("escalationsByPlatform");
            assertThat(byPlatform).as("escalations of cases opened in month " + month).isNotNull();
            Map<String, Integer> x = byPlatform.getOrDefault("X", Map.of("sent", 0, "resolved", 0));
            assertThat(x.get("resolved")).as("X resolved escalations of cases opened in month " + month).isZero();
            escalatedToXAfterMay += x.get("sent");
        }
        assertThat(escalatedToXAfterMay).isPositive();

        // Geographical distribution: 1278 (57.5% of 2224) referred to the FIA, 67.6% from wing cities, 392 not
        assertThat(report.getInt("fiaReferrals.total")).isEqualTo(1278);
        assertThat(Math.round(1000.0 * 1278 / report.getInt("categories.CYBER_HARASSMENT"))).isEqualTo(575);
        assertThat(Math.round(1000.0 * report.getInt("fiaReferrals.fromWingCities") / 1278)).isEqualTo(676);
        assertThat(report.getInt("fiaReferrals.fromWingCities")).isEqualTo(864);
        assertThat(report.getInt("fiaReferrals.fromOtherCities")).isEqualTo(392);
        assertThat(report.getInt("fiaReferrals.fromUnknownLocations")).isEqualTo(22);
        // Suspected mental health issues: 21 calls
        assertThat(report.getInt("mentalHealthConcerns.YES")).isEqualTo(21);
        // Fig 9.1 and Fig 7.2 have no published numbers: the sections are there
        assertThat(report.getMap("services")).containsKeys("LEGAL_ADVICE", "DIGITAL_SECURITY_ADVICE",
                "PLATFORM_ESCALATION", "REFERRAL", "PSYCHOLOGICAL_SUPPORT", "IN_PERSON_ASSISTANCE");
        assertThat(report.getMap("referrals")).containsKeys("FIA", "LAWYER", "MENTAL_HEALTH", "POLICE");
    }

    private static JsonPath report(String query) {
        return given().get(stack.url("analytics-service") + "/api/reports/2023" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Map<String, Integer>> publishedComplaintTable() {
        List<String> genders = List.of("FEMALE", "MALE", "NON_BINARY", "TRANS_WOMAN", "TRANS_MAN");
        Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
        for (String line : PUBLISHED_COMPLAINT_TABLE.lines().toList()) {
            String[] cells = line.split("\\|", -1);
            // "(THREAT OF) BLASPHEMY ACCUSATION" is THREAT_OF_BLASPHEMY_ACCUSATION
            String type = cells[0].trim().replaceAll("[()]", "").replace(' ', '_');
            int total = count(cells[1]);
            Map<String, Integer> row = new LinkedHashMap<>();
            row.put("total", total);
            int named = 0;
            for (int g = 0; g < genders.size(); g++) {
                int n = 2 + g < cells.length ? count(cells[2 + g]) : 0;
                row.put(genders.get(g), n);
                named += n;
            }
            row.put("UNDISCLOSED", total - named);
            table.put(type, row);
        }
        return table;
    }

    private static int count(String cell) {
        return cell.isBlank() ? 0 : Integer.parseInt(cell.trim());
    }

    private static int sum(Map<String, Integer> counts, List<String> keys) {
        return keys.stream().mapToInt(k -> counts.getOrDefault(k, 0)).sum();
    }

    private static double rate(Map<String, Object> line) {
        return ((Number) line.get("resolved")).doubleValue() / ((Number) line.get("sent")).doubleValue();
    }

    private static int total(Map<String, Integer> row) {
        return row.values().stream().mapToInt(Integer::intValue).sum();
    }
}
