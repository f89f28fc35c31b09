package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The annual report page in a real browser (Debian's chromium through Debian's chromium-driver, as
 * ConsoleInChromiumIT): the console draws it from analytics' JSON with the analyst's own token. Every section is on
 * it, every bar and figure carries the JSON's label and number, a contact recorded through intake is counted, the
 * publishable variant shows "<5" where analytics' publishable JSON has it, the month's variant, the Urdu page right
 * to left; others get the 403 page, and analytics' old address sends a browser to the console.
 */
class ReportPageInChromiumIT extends InChromium {

    /** Sections drawn with every label of the JSON (tables and stacked bars show the columns they name). */
    private static final List<String> EVERY_LABEL_DRAWN = List.of("totals", "casesByMonth", "categories", "genders",
            "provinces", "cities", "channels", "callerTypes", "harasserGenders", "relationships", "occupations",
            "communities", "sourcesOfContact", "platforms", "metaPlatforms", "services", "mentalHealthConcerns",
            "referrals", "fiaReferrals", "fiaWingCities", "fiaTravelDistances");

    @Test
    void anAnalystSeesEverySectionOfThisYearWithTheReportsFiguresItsMonthAndPublicVariantsAndTheUrduPage()
            throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        int year = today.getYear();
        String month = String.format("%d-%02d", year, today.getMonthValue());
        int before = report(year, "").getInt("totals.cases");
        // a contact recorded through intake's API (as the supervisor), from a city that has few
        given().contentType(ContentType.JSON).body(Map.of("channel", "PHONE", "kind", "NEW", "complainant",
                Map.of("ageBand", "AGE_18_30", "gender", "FEMALE", "city", "Gilgit", "callerType", "SELF",
                        "sourceOfContact", "SOCIAL_MEDIA")))
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201);
        stack.awaitReport(year, "totals.cases", before + 1);
        stack.awaitAnalyticsCaughtUp();

        browser.get(stack.url("console") + "/reports/" + year + "?lang=en");
        signIn("analyst");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Annual report").contains("" + year);
        check("year " + year);
        screenshot("report-year.png");
        JsonPath json = report(year, "");
        Map<String, List<List<String>>> page = marks();
        Map<String, Object> sections = json.getMap("");
        for (String section : sections.keySet()) {
            if (!section.equals("year")) {
                assertThat(page).as("section %s on the page", section).containsKey(section);
            }
        }
        assertThat(page.get("totals")).as("the totals figure is analytics' count, the new contact in it")
                .contains(List.of("cases", String.valueOf(json.getInt("totals.cases"))));
        assertThat(json.getInt("totals.cases")).isGreaterThanOrEqualTo(before + 1);
        everyLabelOfTheJsonIsDrawnWithItsFigure(json, page);

        // the month of this year, from the page's links
        browser.findElement(By.linkText(monthName(today.getMonthValue()))).click();
        awaitPage("month=" + month);
        check("month " + month);
        JsonPath monthly = report(year, "?month=" + month);
        assertThat(monthly.getString("month")).isEqualTo(month);
        everyLabelOfTheJsonIsDrawnWithItsFigure(monthly, marks());

        // the publishable variant of the whole year: "<5" where analytics' publishable JSON has it, drawn as a stub
        browser.findElement(By.linkText("Whole year")).click();
        awaitPage("/reports/" + year);
        browser.findElement(By.linkText("Show the publishable figures")).click();
        awaitPage("public=true");
        check("year " + year + ", publishable");
        JsonPath publishable = report(year, "?public=true");
        Map<String, List<List<String>>> publicPage = marks();
        List<List<String>> small = new ArrayList<>();
        for (String section : EVERY_LABEL_DRAWN) {
            publishable.getMap(section).forEach((label, value) -> {
                if ("<5".equals(value)) {
                    small.add(List.of(section, String.valueOf(label)));
                    assertThat(publicPage.get(section)).as("%s %s", section, label)
                            .contains(List.of(String.valueOf(label), "<5"));
                }
            });
        }
        assertThat(small).as("the city of the new contact has fewer than five cases").isNotEmpty();
        assertThat(publicPage.values().stream().flatMap(List::stream).map(mark -> mark.get(1)))
                .noneMatch(value -> value.matches("[1-4]"));
        everyLabelOfTheJsonIsDrawnWithItsFigure(publishable, publicPage);

        // the same page in Urdu: the language switch keeps the variant
        browser.findElement(By.linkText("اردو")).click();
        awaitPage("lang=ur");
        assertThat(browser.getCurrentUrl()).contains("public=true");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("[data-chart=categories] figcaption")).getText())
                .isEqualTo("شکایات کے زمرے");
        assertThat(browser.findElement(By.cssSelector("[data-chart=fiaTravelDistances] figcaption")).getText())
                .isEqualTo("ایف آئی اے (FIA) کے قریب ترین سائبر کرائم ونگ تک فاصلہ");
        check("year " + year + ", publishable, Urdu");
        browser.findElement(By.linkText("اندرونی اعداد دکھائیں")).click();
        awaitPage("/reports/" + year);
        assertThat(browser.getCurrentUrl()).doesNotContain("public=true");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("سالانہ رپورٹ");
        check("year " + year + ", Urdu");
        screenshot("report-year-ur.png");
        everyLabelOfTheJsonIsDrawnWithItsFigure(json, marks());
    }

    @Test
    void theCalibratedDemoYearsPageShowsEveryFigureAndStaysWithinTheBudgetInEnglishAndUrdu() throws Exception {
        stack.demo();
        stack.awaitReport(2023, "totals.cases", 2473);
        stack.awaitAnalyticsCaughtUp();
        JsonPath json = report(2023, "");

        browser.get(stack.url("console") + "/reports/2023?lang=en");
        signIn("analyst");
        check("demo year 2023");
        everyLabelOfTheJsonIsDrawnWithItsFigure(json, marks());
        screenshot("report-2023.png");
        browser.get(stack.url("console") + "/reports/2023?lang=ur");
        check("demo year 2023, Urdu");
        everyLabelOfTheJsonIsDrawnWithItsFigure(json, marks());
        screenshot("report-2023-ur.png");
        browser.get(stack.url("console") + "/reports/2023?public=true&lang=ur");
        check("demo year 2023, publishable, Urdu");
    }

    @Test
    void anAssociateGetsThe403Page() {
        browser.get(stack.url("console") + "/reports/" + LocalDate.now().getYear() + "?lang=en");
        signIn("associate");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This page is not open to your role");
        assertThat(browser.findElements(By.cssSelector("[data-chart]"))).isEmpty();
    }

    @Test
    void analyticsOldAddressOfThePageSendsABrowserToTheConsole() {
        int year = LocalDate.now().getYear();
        Response redirect = given().auth().none().redirects().follow(false)
                .get(stack.url("analytics-service") + "/reports/" + year + "?public=true");
        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.header("Location")).isEqualTo(stack.url("console") + "/reports/" + year + "?public=true");

        browser.get(stack.url("analytics-service") + "/reports/" + year + "?public=true&lang=en");
        signIn("analyst");
        awaitPage(stack.url("console") + "/reports/" + year);
        assertThat(browser.getCurrentUrl()).contains("public=true");
        assertThat(browser.findElement(By.cssSelector("[data-chart=totals]")).isDisplayed()).isTrue();
    }

    /** Every label of the flat sections of the JSON is on the page, in that section, with the JSON's figure. */
    private static void everyLabelOfTheJsonIsDrawnWithItsFigure(JsonPath json, Map<String, List<List<String>>> page) {
        for (String section : EVERY_LABEL_DRAWN) {
            Map<String, Object> figures = json.getMap(section);
            if (figures.isEmpty()) {
                continue;
            }
            List<List<String>> marks = page.get(section);
            figures.forEach((label, value) -> {
                String mark = section.equals("metaPlatforms") ? "META/" + label : label;
                assertThat(marks).as("%s %s", section, label).contains(List.of(mark, String.valueOf(value)));
            });
        }
    }

    /** Each section's marks as the browser has them: (data-label, data-value) of every bar, figure and cell. */
    @SuppressWarnings("unchecked")
    private Map<String, List<List<String>>> marks() {
        return (Map<String, List<List<String>>>) ((JavascriptExecutor) browser).executeScript("""
                const sections = {};
                for (const chart of document.querySelectorAll('[data-chart]')) {
                  sections[chart.dataset.chart] = [...chart.querySelectorAll('[data-label]')]
                      .map(mark => [mark.dataset.label, mark.dataset.value]);
                }
                return sections;""");
    }

    private static JsonPath report(int year, String query) {
        return given().get(stack.url("analytics-service") + "/api/reports/" + year + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }

    /** The whole page as a picture (target/), to look at. */
    private void screenshot(String file) throws Exception {
        Dimension window = browser.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height, 12_000)));
        Files.write(Path.of("target", file), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(window);
    }
}
