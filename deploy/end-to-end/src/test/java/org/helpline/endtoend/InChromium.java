package org.helpline.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.helpline.platform.testing.InstalledChromium;

/**
 * The console in a real browser: Debian's chromium, driven by Debian's chromium-driver (.ci/run installs both;
 * Selenium is told where they are, so it downloads nothing), a new one for each test. Every page a test opens is
 * checked the same way: within the weight budget, and no serious or critical accessibility issue.
 */
abstract class InChromium extends OnTheLocalStack {

    /** The budget of a page on a slow connection: HTML, CSS and scripts together, fonts aside (issue 13). */
    private static final long PAGE_BUDGET = 150_000;
    private static final Map<String, Long> WEIGHTS = new TreeMap<>();

    protected WebDriver browser;

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

    @AfterAll
    static void printTheWeights() {
        System.out.println("console page weights (bytes: HTML, CSS and scripts, uncompressed): " + WEIGHTS);
    }

    /**
     * Within the weight budget, no serious or critical accessibility issue (axe-core, WCAG 2.1 A/AA), no token in
     * it; an Urdu page right to left, its words in Arabic script.
     */
    protected void check(String page) {
        weigh(page);
        assertThat(browser.getPageSource()).as("no access token in the %s", page)
                .doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.");
        if ("ur".equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).as("%s", page).isEqualTo("rtl");
            assertThat(latinWords()).as("Latin words outside <bdi> and brackets on the %s", page).isEmpty();
        }
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertThat(axe.getPasses()).as("axe-core ran its rules on the %s", page).isNotEmpty();
        List<Rule> issues = axe.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertThat(issues).as("accessibility of the %s: %s", page, issues.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ") at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).limit(5).toList())
                .toList()).isEmpty();
    }

    /**
     * The words in Latin letters that an Urdu page shows in its own text: values isolated in {@code <bdi>} or
     * between FSI and PDI (case numbers, names, cities as people typed them) and terms kept in brackets, as the
     * glossary says, are not its own.
     */
    @SuppressWarnings("unchecked")
    private List<String> latinWords() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const page = document.body.cloneNode(true);
                page.querySelectorAll('bdi, script, style, datalist, [dir=ltr], [lang=en]').forEach(e => e.remove());
                for (const attribute of ['aria-label', 'title', 'placeholder']) {
                  page.querySelectorAll('[' + attribute + ']').forEach(e => e.append(' ' + e.getAttribute(attribute)));
                }
                page.append(' ' + document.title);
                const text = page.textContent.replace(/[\\u2066-\\u2068][^\\u2069]*\\u2069/g, ' ')
                    .replace(/\\([^)]*\\)/g, ' ');
                return [...new Set(text.match(/[A-Za-z]{2,}/g) || [])];""");
    }

    /**
     * What the page weighs as a browser with an empty cache loads it: its HTML and every stylesheet and script it
     * links (fonts aside), fetched again here so that a cached stylesheet still counts.
     */
    private void weigh(String page) {
        long bytes = ((Number) ((JavascriptExecutor) browser).executeScript("""
                let total = new Blob([new XMLSerializer().serializeToString(document)]).size;
                for (const linked of document.querySelectorAll('link[rel=stylesheet], script[src]')) {
                  const request = new XMLHttpRequest();
                  request.open('GET', linked.href || linked.src, false);
                  request.send();
                  total += new Blob([request.responseText]).size;
                }
                return total;""")).longValue();
        WEIGHTS.put(page, bytes);
        assertThat(bytes).as("%s weighs %d bytes", page, bytes).isPositive().isLessThan(PAGE_BUDGET);
    }

    /** The realm's own login page, filled in as a person does; demo users' password is "demo". */
    protected void signIn(String username) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("kc-form-login")).isEmpty());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();
        awaitPage(stack.url("console"));
    }

    /** Waits until the browser is at an address containing {@code part}; if it never gets there, says where it is. */
    protected void awaitPage(String part) {
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains(part));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("not at " + part + " but at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** The text of the element, without the invisible marks that isolate a value inside a sentence (FSI, PDI). */
    protected String shown(String css) {
        return browser.findElement(By.cssSelector(css)).getText().replaceAll("[\\u2066-\\u2069]", "");
    }
}
