package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.helpline.platform.testing.InstalledChromium;

import io.restassured.http.ContentType;

/**
 * The staff console in a real browser: Debian's chromium, driven by Debian's chromium-driver (.ci/run installs
 * both; Selenium is told where they are, so it downloads nothing). People sign in at the realm's login page and
 * the console builds their pages from the services, with their own tokens.
 */
class ConsoleInChromiumIT extends OnTheLocalStack {

    private WebDriver browser;

    @BeforeEach
    void openChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(InstalledChromium.browser());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1024,900");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(InstalledChromium.driver()).toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeChromium() {
        browser.quit();
    }

    @Test
    void anAssociateFindsTheCaseAssignedToHerInEnglishAndInUrduAndAfterSigningOutTheBackButtonShowsNoCase() {
        String caseNumber = aCaseAssignedTo("associate");

        browser.get(stack.url("console") + "/");
        signIn("associate");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=mine]")).getText()).contains(caseNumber);
        assertThat(browser.getPageSource()).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.");

        browser.findElement(By.linkText("اردو")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ابتدائی صفحہ");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=mine]")).getText()).contains(caseNumber);

        browser.findElement(By.linkText("سائن آؤٹ")).click();
        awaitPage("/signed-out");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("آپ کا سائن آؤٹ ہو گیا ہے");
        browser.navigate().back();
        // the page was no-store and the session is gone: the browser asks again and is sent to sign in
        awaitPage("/realms/helpline/");
        assertThat(browser.getPageSource()).doesNotContain(caseNumber);
    }

    @Test
    void anAnalystsHomePageListsNoCase() {
        browser.get(stack.url("console") + "/?lang=en");
        signIn("analyst");

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your role works from other sections")
                .doesNotContain("The team's worklist");
    }

    /** The realm's own login page, filled in as a person does; demo users' password is "demo". */
    private void signIn(String username) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("kc-form-login")).isEmpty());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        awaitPage(stack.url("console"));
    }

    /** Waits until the browser is at an address containing {@code part}; if it never gets there, says where it is. */
    private void awaitPage(String part) {
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains(part));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("not at " + part + " but at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** A new case through intake, assigned by the supervisor (this class's REST identity) to {@code username}. */
    private static String aCaseAssignedTo(String username) {
        String caseId = given().contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "kind", "NEW", "complainant", Map.of("ageBand", "AGE_18_30",
                        "gender", "FEMALE", "city", "Multan", "province", "PUNJAB", "callerType", "SELF",
                        "sourceOfContact", "SOCIAL_MEDIA")))
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201).extract().path("caseId");
        String cases = stack.url("case-service") + "/api/cases/" + caseId;
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get(cases).statusCode() == 200);
        String etag = given().get(cases).header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("assignee", username))
                .post(cases + "/assignment").then().statusCode(200);
        return given().get(cases).then().statusCode(200).extract().path("caseNumber");
    }
}
