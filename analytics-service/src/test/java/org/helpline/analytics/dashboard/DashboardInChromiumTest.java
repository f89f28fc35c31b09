package org.helpline.analytics.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.helpline.contracts.escalations.EscalationResolved;
import org.helpline.contracts.escalations.EscalationSent;
import org.helpline.contracts.referrals.ReferralMade;
import org.helpline.contracts.referrals.ReferredToFIA;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.platform.testing.BrowserSignIn;
import org.helpline.platform.testing.CloudEventWriter;
import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.InstalledChromium;
import org.helpline.platform.testing.SampleEvents;
import org.helpline.platform.testing.Staff;
import org.helpline.platform.testing.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The analysts' page in a real headless Chromium (Debian's package; .ci/run installs it): every
 * section of the JSON report is on the page as a chart or table, every bar carries the JSON's number,
 * the page fits a phone's width without sideways scrolling, and its public variant shows no count from 1 to 4.
 */
@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class DashboardInChromiumTest {

    private static final int YEAR = 2044;
    private static final Pattern MARK = Pattern.compile("data-label=\"([^\"]*)\" data-value=\"([^\"]*)\"");
    private static final Pattern FIT = Pattern.compile("data-fit=\"(\\d+)/(\\d+)/(\\d+)\"");
    private static final int PHONE_WIDTH = 390;

    private final CloudEventWriter producers = new CloudEventWriter(TopicProbe.ofTheTestBroker());

    @BeforeEach
    void signInAsAnAnalyst() {
        RestAssured.requestSpecification = Staff.as("analyst");
    }

    @Test
    void everySectionIsChartedWithTheReportsNumbersAndThePageFitsAPhoneWidth() throws Exception {
        Instant at = Instant.parse(YEAR + "-02-01T10:00:00Z");
        for (int i = 0; i < 12; i++) {
            UUID caseId = UUID.randomUUID();
            producers.publish(SampleEvents.caseOpened(caseId, at.plusSeconds(86_400L * 9 * i)));
            producers.publish(SampleEvents.classification(caseId).at(at)
                    .category(i % 2 == 0 ? Category.CYBER_HARASSMENT : Category.GENERAL_INQUIRY)
                    .types(i % 3 == 0 ? ComplaintType.BLACKMAILING : ComplaintType.NCII).platforms(Platform.FACEBOOK)
                    .relationship(Relationship.STRANGER).mentalHealthConcern(i % 4 == 0).build());
            if (i % 2 == 0) {
                UUID escalation = UUID.randomUUID();
                producers.publish(new EscalationSent(caseId, escalation, Platform.TIKTOK, EscalationReason.NCII, at));
                producers.publish(new EscalationResolved(caseId, escalation, Platform.TIKTOK, EscalationOutcome.RESOLVED,
                        at.plusSeconds(3600)));
                producers.publish(new ReferredToFIA(caseId, UUID.randomUUID(), "Multan", "Bahawalpur", 86, false, at));
            } else {
                producers.publish(new ReferralMade(caseId, UUID.randomUUID(), ReferralTarget.LAWYER, "Lahore", at));
            }
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/reports/" + YEAR).then().body("referrals.LAWYER", equalTo(6))
                        .body("escalationsByPlatform.TIKTOK.resolved", equalTo(6)));
        Map<String, Object> report = given().get("/api/reports/" + YEAR).then().extract().jsonPath().getMap("$");

        String dom = chromium("--dump-dom", page(""));

        for (String section : report.keySet()) {
            if (!section.equals("year")) {
                assertThat(dom).as("chart of " + section).contains("data-chart=\"" + section + "\"");
            }
        }
        List<String[]> marks = marks(dom);
        assertThat(marks).contains(new String[] {"cases", "12"}, new String[] {"CYBER_HARASSMENT", "6"},
                new String[] {"GENERAL_INQUIRY", "6"}, new String[] {"LAWYER", "6"}, new String[] {"FIA", "6"},
                new String[] {"TIKTOK/resolved", "6"}, new String[] {"NCII/total", "8"},
                new String[] {"BLACKMAILING/FEMALE", "4"}, new String[] {"51-100 km", "6"});
        @SuppressWarnings("unchecked")
        Map<String, Object> months = (Map<String, Object>) report.get("casesByMonth");
        months.forEach((month, count) -> assertThat(marks).as(month)
                .contains(new String[] {month, String.valueOf(count)}));

        Path phone = phoneFrame(pageFile(""));
        Matcher fit = FIT.matcher(chromium("--allow-file-access-from-files", "--dump-dom", phone.toUri().toString()));
        assertThat(fit.find()).as("the phone frame measured the page").isTrue();
        assertThat(Integer.parseInt(fit.group(2))).as("viewport width").isEqualTo(PHONE_WIDTH);
        assertThat(Integer.parseInt(fit.group(3))).as("charts laid out in the frame").isGreaterThan(20);
        assertThat(Integer.parseInt(fit.group(1))).as("page width at %d px: no sideways scrolling", PHONE_WIDTH)
                .isLessThanOrEqualTo(PHONE_WIDTH);
        Path screenshot = Path.of("target", "dashboard-phone.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        chromium("--allow-file-access-from-files", "--window-size=500,3000", "--screenshot=" + screenshot,
                phone.toUri().toString());
        assertThat(screenshot).exists();

        String publicDom = chromium("--dump-dom", page("?public=true"));
        assertThat(marks(publicDom)).isNotEmpty().noneMatch(m -> m[1].matches("[1-4]"));
        assertThat(publicDom).contains("data-value=\"&lt;5\"");
    }

    private static List<String[]> marks(String dom) {
        List<String[]> marks = new ArrayList<>();
        Matcher m = MARK.matcher(dom);
        while (m.find()) {
            marks.add(new String[] {m.group(1), m.group(2)});
        }
        return marks;
    }

    /**
     * The page as an analyst who signed in at Keycloak gets it, saved for chromium, which cannot fill in a
     * login form from its command line (and the page needs nothing else: no script, nothing fetched).
     */
    private static String page(String query) throws IOException {
        return pageFile(query).toUri().toString();
    }

    private static Path pageFile(String query) throws IOException {
        String html = BrowserSignIn.open("http://localhost:" + RestAssured.port + "/reports/" + YEAR + query, "analyst")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        Path file = Files.createTempFile("dashboard", ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * A headless window is at least 500 px wide, so the page is laid out in a frame of a phone's width; the
     * frame's owner (no script in the page itself) writes the page's scroll width, the frame's viewport width
     * and the number of charts into its own DOM, which {@code --dump-dom} prints after the load event.
     */
    private static Path phoneFrame(Path page) throws IOException {
        Path frame = Files.createTempFile("dashboard-phone", ".html");
        Files.writeString(frame, """
                <!DOCTYPE html><html><body style="margin:0"><iframe src="%s" width="%d" height="3000"
                style="border:0;display:block" onload="var d = this.contentDocument;
                document.body.setAttribute('data-fit', d.documentElement.scrollWidth + '/'
                + this.contentWindow.innerWidth + '/' + d.querySelectorAll('[data-chart]').length)"></iframe>
                </body></html>""".formatted(page.toUri(), PHONE_WIDTH), StandardCharsets.UTF_8);
        return frame;
    }

    private static String chromium(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(InstalledChromium.browser(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + Files.createTempDirectory("chromium")));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile("chromium", ".out");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s: " + command);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
