package org.helpline.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.helpline.platform.testing.BrowserSignIn;
import org.helpline.platform.testing.Staff;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The staff console in a real browser: Debian's chromium, driven by Debian's chromium-driver (.ci/run installs
 * both; Selenium is told where they are, so it downloads nothing). People sign in at the realm's login page and
 * the console builds their pages from the services, with their own tokens.
 */
class ConsoleInChromiumIT extends InChromium {

    @Test
    void anAssociateFindsTheCaseAssignedToHerInEnglishAndInUrduAndAfterSigningOutTheBackButtonShowsNoCase() {
        String caseNumber = aCaseAssignedTo("associate");

        browser.get(stack.url("console") + "/");
        signIn("associate");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
        check("home");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=mine]")).getText()).contains(caseNumber);
        assertThat(browser.getPageSource()).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.");

        browser.findElement(By.linkText("اردو")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ابتدائی صفحہ");
        // the page is drawn in the console's own Nastaliq, which the browser has loaded for it
        assertThat(((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => done([...document.fonts]
                    .some(face => face.family.includes('Noto Nastaliq Urdu') && face.status === 'loaded')));"""))
                .isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=mine]")).getText()).contains(caseNumber);

        browser.findElement(By.linkText("سائن آؤٹ")).click();
        awaitPage("/signed-out");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("آپ کا سائن آؤٹ ہو گیا ہے");
        check("signed-out page (Urdu)");
        browser.navigate().back();
        // the page was no-store and the session is gone: the browser asks again and is sent to sign in
        awaitPage("/realms/helpline/");
        assertThat(browser.getPageSource()).doesNotContain(caseNumber);
    }

    /**
     * The story, one case through every hand: a ringing call from a number that called before, filed as a
     * new contact with personal data and classified by the associate; assigned by the supervisor to the lawyer, who
     * finds its referral waiting on her home page once she has referred it to the FIA (the nearest wing and the
     * distance shown before anything is sent); escalated by digital security and answered; every step on the case
     * page's timeline; counted on the analyst's report page. The year 2053 is this test's own.
     */
    @Test
    void oneCaseFromARingingCallThroughTheSupervisorTheLawyerAndDigitalSecurityIntoTheReport() {
        String earlierCase = anAssociateAnswersARingingCallFromARepeatCallerAndRecordsItAsANewCaseWithPersonalData();
        String caseNumber = browser.findElement(By.cssSelector(".case-number")).getText();
        assertThat(caseNumber).startsWith("CH-2053-").isNotEqualTo(earlierCase);
        String caseId = await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("caseNumber",
                caseNumber).get(stack.url("case-service") + "/api/cases").then().extract().<String>path(
                        "items[0].caseId"), id -> id != null);
        theAssociateFindsItByItsNumberInUrduAndClassifiesIt(caseNumber, caseId);
        signOutAndIn("supervisor", "/cases?number=" + caseNumber + "&lang=en");
        theSupervisorAssignsItToTheLawyer(caseNumber);
        signOutAndIn("legal", "/cases/" + caseId + "?lang=en");
        theLawyerSeesTheNearestWingAndTheDistanceBeforeReferringAndRecordsAStep(caseId);
        signOutAndIn("digisec", "/escalations?lang=en");
        theDigitalSecurityOfficerEscalatesItAndRecordsTheAnswer(caseNumber, caseId);
        signOutAndIn("associate", "/cases/" + caseId + "?lang=en");
        assertThat(shown(".timeline")).contains("Case opened").contains("Classified").contains("Assigned to")
                .contains("Referred to FIA cybercrime wing Multan")
                .contains("Referral to FIA cybercrime wing: Complaint registered")
                .contains("Escalated to Instagram: Non-consensual intimate images")
                .contains("Answer from Instagram: Resolved");
        check("case page, every step on its timeline");

        stack.awaitReport(2053, "totals.cases", 1);
        signOutAndIn("analyst", "/reports/2053?lang=en");
        check("report page of the story's year");
        assertThat(browser.findElement(By.cssSelector("[data-chart=totals] [data-label=cases]"))
                .getAttribute("data-value")).isEqualTo("1");
        browser.get(stack.url("console") + "/cases/" + caseId);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This page is not open to your role");
    }

    /** Returns the earlier case's number; leaves the browser on the receipt of the new one. */
    private String anAssociateAnswersARingingCallFromARepeatCallerAndRecordsItAsANewCaseWithPersonalData() {
        String number = "0333" + (1_000_000 + (int) (Math.random() * 8_999_999));
        String earlierCall = "console-" + UUID.randomUUID();
        webhook(Map.of("callId", earlierCall, "callerNumber", number, "startedAt", "2055-11-03T11:00:00+05:00",
                "endedAt", "2055-11-03T11:06:00+05:00", "answered", true));
        String earlierCase = given().contentType(ContentType.JSON).body(Map.of("channel", "PHONE", "kind", "NEW",
                "callId", earlierCall, "complainant", Map.of("ageBand", "AGE_18_30", "gender", "FEMALE",
                        "callerType", "SELF")))
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201).extract().path("caseNumber");
        String ringing = "console-" + UUID.randomUUID();
        webhook(Map.of("callId", ringing, "callerNumber", "+92 " + number.substring(1), "startedAt",
                "2053-02-14T10:15:00+05:00"));

        // the phone system opens the call's page on the associate's screen
        browser.get(stack.url("console") + "/calls/" + ringing + "?lang=en");
        signIn("associate");
        check("call page");
        String callPage = browser.findElement(By.tagName("main")).getText();
        assertThat(callPage).contains("Ringing now").contains("This number has called the helpline before.")
                .contains(earlierCase).doesNotContain(number.substring(4));

        browser.findElement(By.linkText("Record this call")).click();
        awaitPage("/contacts/new");
        check("contact form");
        choose("callerType", "SELF");
        choose("ageBand", "UNDER_18");
        choose("gender", "FEMALE");
        // Bahawalpur has no cybercrime wing of its own: the lawyer will see Multan's, and how far it is
        browser.findElement(By.id("f-city")).sendKeys("Bahawalpur");
        browser.findElement(By.id("f-name")).sendKeys("Ayesha");
        browser.findElement(By.id("f-notes")).sendKeys("a classmate threatens to share her pictures");
        browser.findElement(By.cssSelector("form.contact button[type=submit]")).click();

        awaitPage("/receipt");
        check("receipt");
        String code = browser.findElement(By.cssSelector(".tracking-code")).getText();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("It will not be shown again.");
        given().auth().none().get(stack.url("intake-service") + "/api/track/" + code).then().statusCode(200);

        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Its tracking code was shown once and is not shown again.").doesNotContain(code);
        assertThat(browser.findElements(By.cssSelector(".tracking-code"))).isEmpty();
        return earlierCase;
    }

    private void theAssociateFindsItByItsNumberInUrduAndClassifiesIt(String caseNumber, String caseId) {
        // the contact is a case in case-service, with the personal data the associate typed
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("purpose", "CASE_WORK")
                .get(stack.url("case-service") + "/api/cases/" + caseId + "/personal-data").then().statusCode(200)
                .body(containsString("a classmate threatens to share her pictures")));
        // found by its number, as the complainant gives it, in Urdu
        browser.get(stack.url("console") + "/?lang=ur");
        check("home (Urdu)");
        browser.findElement(By.id("find-number")).sendKeys(caseNumber.toLowerCase() + Keys.ENTER);
        awaitPage("/cases/" + caseId);
        check("case page (Urdu)");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(caseNumber);
        // a minor's case is HIGH, and the page says why
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("شکایت کنندہ کی عمر 18 سال سے کم ہے");
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("کیس کھولا گیا").contains("فون");
        browser.get(stack.url("console") + "/contacts/new");
        check("contact form (Urdu)");

        browser.get(stack.url("console") + "/cases/" + caseId + "?lang=en");
        browser.findElement(By.cssSelector("section[aria-labelledby=classification] summary")).click();
        choose("category", "CYBER_HARASSMENT");
        browser.findElement(By.cssSelector("input[name=complaintTypes][value=NCII]")).click();
        browser.findElement(By.cssSelector("input[name=complaintTypes][value=BLACKMAILING]")).click();
        browser.findElement(By.cssSelector("input[name=platforms][value=INSTAGRAM]")).click();
        choose("harasserGender", "MALE");
        choose("relationship", "FRIEND");
        browser.findElement(By.cssSelector("form[action$=classification] button[type=submit]")).click();
        awaitPage("#timeline");
        assertThat(shown("section[aria-labelledby=classification] dl")).contains("Non-consensual intimate images")
                .contains("Blackmailing").contains("Instagram");
    }

    private void theSupervisorAssignsItToTheLawyer(String caseNumber) {
        // an analyst reads figures, not cases: case-service refuses, the form says why beside the field
        WebElement analyst = browser.findElement(By.id("f-assignee"));
        analyst.clear();
        analyst.sendKeys("analyst");
        browser.findElement(By.cssSelector("form[action$=assignment] button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .until(() -> shown("[role=alert]").contains("works on cases"));

        WebElement assignee = browser.findElement(By.id("f-assignee"));
        assignee.clear();
        assignee.sendKeys("legal");
        browser.findElement(By.cssSelector("form[action$=assignment] button[type=submit]")).click();

        awaitPage("#timeline");
        assertThat(shown(".timeline")).containsPattern("Assigned to \\W?legal");
        given().queryParam("assignee", "legal").queryParam("caseNumber", caseNumber)
                .get(stack.url("case-service") + "/api/cases").then().body("totalItems", equalTo(1));
    }

    private void theLawyerSeesTheNearestWingAndTheDistanceBeforeReferringAndRecordsAStep(String caseId) {
        check("case page (legal)");
        choose("target", "FIA");
        browser.findElement(By.cssSelector("form[action$='/referral'] button[type=submit]")).click();
        awaitPage("/referral?target=FIA");
        check("referral confirmation");
        // the city the case was opened with, read again from case-service: Multan's wing, before anything is sent
        assertThat(shown(".wing-name")).isEqualTo("FIA cybercrime wing Multan");
        assertThat(shown(".distance")).isEqualTo("She would have to travel 86 km to reach it.");
        given().queryParam("caseId", caseId).get(stack.url("referral-service") + "/api/referrals").then()
                .body("size()", equalTo(0));
        // the same rendered confirmation sent twice (a double click): the page sends it once itself, then the button
        ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector("form[action$='/referrals']");
                fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)), redirect: 'manual'})
                    .then(() => done(true));""");
        browser.findElement(By.cssSelector("form[action$='/referrals'] button[type=submit]")).click();
        awaitPage("#referrals");
        given().queryParam("caseId", caseId).get(stack.url("referral-service") + "/api/referrals").then()
                .body("size()", equalTo(1)).body("[0].wing", equalTo("Multan"));

        // her home page: the case is hers, and its referral waits for an outcome
        browser.get(stack.url("console") + "/?lang=en");
        check("home (legal, a referral waiting)");
        assertThat(shown("section[aria-labelledby=waits]")).contains("Referrals of your cases without an outcome yet")
                .contains("FIA cybercrime wing Multan");
        browser.findElement(By.cssSelector("section[aria-labelledby=waits] a[href='/cases/" + caseId + "#referrals']"))
                .click();
        awaitPage("#referrals");
        choose(browser.findElement(By.cssSelector(".referral select[name=outcome]")).getAttribute("id")
                .substring(2), "COMPLAINT_REGISTERED");
        browser.findElement(By.cssSelector(".referral form button[type=submit]")).click();
        awaitPage("#referrals");
        check("case page with a referral");
        assertThat(shown(".referral")).contains("FIA cybercrime wing Multan").contains("Complaint registered");
        browser.get(stack.url("console") + "/?lang=en");
        assertThat(browser.findElements(By.cssSelector("section[aria-labelledby=waits] a[href='/cases/" + caseId
                + "#referrals']"))).isEmpty();

        // the directory, nearest first, kept by the legal team: an entry added, then changed in place
        String name = "Advocate Rubina " + (System.nanoTime() % 100_000);
        browser.get(stack.url("console") + "/directory/lawyers?lang=en");
        browser.findElement(By.cssSelector("section[aria-labelledby=upkeep] summary")).click();
        browser.findElement(By.id("f-name")).sendKeys(name);
        browser.findElement(By.id("f-city")).sendKeys("Lahore");
        browser.findElement(By.id("f-languages")).sendKeys("Urdu, Punjabi");
        browser.findElement(By.cssSelector("form[method=post][action='/directory/lawyers'] button[type=submit]"))
                .click();
        entryNamed(name).findElement(By.partialLinkText("Change")).click();
        check("directory entry change");
        WebElement city = browser.findElement(By.id("f-city"));
        city.clear();
        city.sendKeys("Multan");
        browser.findElement(By.cssSelector("form.case-form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.getCurrentUrl().contains("/directory/lawyers/"));
        browser.get(stack.url("console") + "/directory/lawyers?city=Bahawalpur");
        check("lawyer directory");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pro-bono lawyers");
        assertThat(entryNamed(name).getText().replaceAll("[\u2066-\u2069]", "")).contains("Multan").contains("86 km");
    }

    /**
     * The page's alert once it says {@code expected}: a click on a form's button may return before its answer has
     * replaced the page (and the alert of the page before).
     */
    private String alertSaying(String expected) {
        return await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector("[role=alert]")).getText(), t -> t.contains(expected));
    }

    /** The directory entry of that name on the page, once the page shows it. */
    private WebElement entryNamed(String name) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElements(By.cssSelector(".directory li"))
                .stream().filter(e -> e.getText().contains(name)).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private void theDigitalSecurityOfficerEscalatesItAndRecordsTheAnswer(String caseNumber, String caseId) {
        check("escalation queue");
        // the queue shows the oldest suggestions first (with the demo year loaded, this case is far down it): each
        // has its case's number, its classification and a button per suggested escalation
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.navigate().refresh();
            return !browser.findElements(By.cssSelector(".suggested")).isEmpty();
        });
        assertThat(browser.findElements(By.cssSelector(".suggested"))).allSatisfy(suggested -> {
            assertThat(suggested.findElement(By.tagName("h3")).getText()).isNotBlank();
            assertThat(suggested.findElements(By.cssSelector("button[type=submit]"))).isNotEmpty();
        });
        // this case's suggestion, sent as its form sends it (escalation-service learns of the case within seconds)
        String escalationId = UUID.randomUUID().toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> Long.valueOf(303).equals(((JavascriptExecutor) browser)
                .executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const form = new URLSearchParams({'csrf-token': document.querySelector(
                            "input[name='csrf-token']").value, escalationId: arguments[0], caseId: arguments[1],
                            platform: 'INSTAGRAM', reason: 'NCII'});
                        fetch('/escalations', {method: 'POST', body: form, redirect: 'manual'})
                            .then(answer => done(answer.type === 'opaqueredirect' ? 303 : answer.status));""",
                        escalationId, caseId)));
        browser.get(stack.url("console") + "/escalations#pending");
        awaitPage("#pending");
        WebElement pending = browser.findElements(By.cssSelector(".pending li")).stream()
                .filter(p -> p.getText().contains(caseNumber)).findFirst().orElseThrow();
        assertThat(pending.getText().replaceAll("[\u2066-\u2069]", "")).contains("Days since it was sent: 0")
                .contains("due");
        given().queryParam("caseId", caseId).get(stack.url("escalation-service") + "/api/escalations").then()
                .body("size()", equalTo(1)).body("[0].escalationId", equalTo(escalationId));

        choose(escalationId, "RESOLVED");
        browser.findElement(By.cssSelector("form[action='/escalations/" + escalationId + "/resolution'] button"))
                .click();
        awaitPage("#pending");
        given().get(stack.url("escalation-service") + "/api/escalations/" + escalationId).then()
                .body("outcome", equalTo("RESOLVED"));
        // a digital-security officer works from the queue: the case page is not hers
        browser.get(stack.url("console") + "/cases/" + caseId);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This page is not open to your role");

        browser.get(stack.url("console") + "/platform-channels");
        check("platform channels");
    }

    /**
     * Every page in Urdu, as the roles that open them see it: right to left, and (checked on each by {@link #check})
     * its words in Arabic script apart from what is isolated as a value or kept in brackets.
     */
    @Test
    void everyPageInUrduIsRightToLeftWithItsWordsInArabicScript() {
        String caseNumber = aCaseAssignedTo("supervisor", "Bahawalpur");
        String caseId = given().queryParam("caseNumber", caseNumber).get(stack.url("case-service") + "/api/cases")
                .then().extract().path("items[0].caseId");
        String ringing = "console-" + UUID.randomUUID();
        webhook(Map.of("callId", ringing, "callerNumber", "0300" + (1_000_000 + (int) (Math.random() * 8_999_999)),
                "startedAt", "2057-04-02T09:10:00+05:00"));
        String entryId = given().contentType(ContentType.JSON).body(Map.of("name", "Advocate Nighat", "city",
                "Lahore", "languages", List.of("Urdu", "Punjabi"), "areas", List.of("cybercrime")))
                .post(stack.url("referral-service") + "/api/directory/lawyers").then().statusCode(201)
                .extract().path("entryId");

        // every page's findings at once, not only the first page's
        List<String> findings = new ArrayList<>();
        Consumer<String> checked = page -> {
            try {
                check(page);
            } catch (AssertionError finding) {
                findings.add(finding.getMessage());
            }
        };
        browser.get(stack.url("console") + "/?lang=ur");
        signIn("supervisor");
        for (String page : List.of("/", "/calls/" + ringing, "/contacts/new", "/cases/" + caseId,
                "/cases/" + caseId + "/referral?target=FIA", "/cases/" + caseId + "/referral?target=LAWYER",
                "/cases/" + caseId + "/erasure", "/cases/" + caseId + "/access-log", "/directory/lawyers",
                "/directory/counsellors", "/directory/lawyers/" + entryId, "/staff", "/staff/legal",
                "/personal-data/erasures", "/no-such-page")) {
            browser.get(stack.url("console") + page);
            checked.accept(page + " (Urdu)");
        }
        browser.get(stack.url("console") + "/cases/" + caseId);
        choose("purpose", "CASE_WORK");
        browser.findElement(By.cssSelector("form[action$=personal-data] button[type=submit]")).click();
        awaitPage("/personal-data");
        checked.accept("personal data page (Urdu)");
        browser.get(stack.url("console") + "/contacts/new");
        choose("channel", "EMAIL");
        choose("callerType", "SELF");
        choose("ageBand", "AGE_18_30");
        choose("gender", "FEMALE");
        browser.findElement(By.cssSelector("form.contact button[type=submit]")).click();
        awaitPage("/receipt");
        checked.accept("receipt (Urdu)");

        signOutAndIn("digisec", "/escalations");
        checked.accept("escalation queue (Urdu)");
        browser.get(stack.url("console") + "/platform-channels");
        checked.accept("platform channels (Urdu)");
        browser.get(stack.url("console") + "/staff");
        checked.accept("the 403 page (Urdu)");
        browser.get(stack.url("console") + "/sign-out");
        awaitPage("/signed-out");
        checked.accept("signed-out page (Urdu)");
        assertThat(findings).isEmpty();
    }

    @Test
    void theSameRenderedContactFormPostedTwiceMakesOneCase() {
        Map<String, Map<String, String>> jar = new HashMap<>();
        Response form = BrowserSignIn.open(stack.url("console") + "/contacts/new", "associate", jar);
        Map<String, String> fields = new LinkedHashMap<>(BrowserSignIn.hiddenFields(form));
        fields.putAll(Map.of("kind", "NEW", "channel", "WEB_FORM", "callerType", "ON_BEHALF", "ageBand", "AGE_31_40",
                "gender", "TRANS_WOMAN", "city", "Quetta", "receivedAt", "2054-03-01T09:30"));

        Response first = BrowserSignIn.submit(stack.url("console") + "/contacts", fields, jar);
        Response second = BrowserSignIn.submit(stack.url("console") + "/contacts", fields, jar);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        String caseNumber = first.header("Location").replaceAll(".*[?&]case=([^&]+).*", "$1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("caseNumber", caseNumber)
                .get(stack.url("case-service") + "/api/cases").then().body("totalItems", equalTo(1)));
        // one case, one contact: the year 2054 is this test's own
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get(stack.url("analytics-service") + "/api/reports/2054").then().statusCode(200)
                .body("totals.cases", equalTo(1)).body("totals.contacts", equalTo(1)));
    }

    @Test
    void aCallSomeoneElseRecordedAndAFormChangedAfterItWasSentComeBackSayingSoWithTheEntryKept() {
        String callId = "console-" + UUID.randomUUID();
        webhook(Map.of("callId", callId, "callerNumber", "0345" + (1_000_000 + (int) (Math.random() * 8_999_999)),
                "startedAt", "2056-01-05T09:00:00+05:00"));
        Map<String, Map<String, String>> jar = new HashMap<>();
        Map<String, String> form = new LinkedHashMap<>(BrowserSignIn.hiddenFields(
                BrowserSignIn.open(stack.url("console") + "/contacts/new?callId=" + callId, "associate", jar)));
        form.putAll(Map.of("kind", "NEW", "channel", "PHONE", "callerType", "SELF", "ageBand", "AGE_31_40",
                "gender", "FEMALE", "city", "Sukkur"));

        // meanwhile another associate records the same call
        given().contentType(ContentType.JSON).body(Map.of("channel", "PHONE", "kind", "NEW", "callId", callId,
                "complainant", Map.of("ageBand", "AGE_31_40", "gender", "FEMALE", "callerType", "SELF")))
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201);
        Response taken = BrowserSignIn.submit(stack.url("console") + "/contacts", form, jar);
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.asString()).contains("Someone has already recorded this call, and nothing was saved.")
                .contains("value=\"Sukkur\"");

        // a form sent (and recorded), then changed and sent again under its key: intake refuses, the console says so
        // and gives the entry a new key, so that sending it once more records it as a contact of its own
        form.remove("callId");
        form.put("channel", "EMAIL");
        assertThat(BrowserSignIn.submit(stack.url("console") + "/contacts", form, jar).statusCode()).isEqualTo(303);
        form.put("city", "Larkana");
        Response changed = BrowserSignIn.submit(stack.url("console") + "/contacts", form, jar);
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.asString()).contains("This form was sent before with other values")
                .contains("value=\"Larkana\"");
        assertThat(BrowserSignIn.hiddenFields(changed).get("idempotencyKey")).isNotEqualTo(form.get("idempotencyKey"));
    }

    @Test
    void twoPeopleClassifyTheSameCaseAndTheSecondSeesWhatChangedWithHerEntryKept() {
        String caseNumber = aCaseAssignedTo("associate");
        String caseId = given().queryParam("caseNumber", caseNumber).get(stack.url("case-service") + "/api/cases")
                .then().extract().path("items[0].caseId");
        String caseUrl = stack.url("case-service") + "/api/cases/" + caseId;

        browser.get(stack.url("console") + "/cases/" + caseId + "?lang=en");
        signIn("associate");
        browser.findElement(By.cssSelector("section[aria-labelledby=classification] summary")).click();
        choose("category", "CYBER_HARASSMENT");
        browser.findElement(By.cssSelector("input[name=complaintTypes][value=BLACKMAILING]")).click();
        browser.findElement(By.cssSelector("input[name=complaintTypes][value=NCII]")).click();
        browser.findElement(By.cssSelector("input[name=platforms][value=INSTAGRAM]")).click();
        choose("harasserGender", "MALE");
        // meanwhile (before she sends anything) the supervisor classifies the case otherwise
        given().contentType(ContentType.JSON).header("If-Match", given().get(caseUrl).header("ETag"))
                .body(Map.of("category", "CYBER_HARASSMENT", "complaintTypes", List.of("HACKING"), "platforms",
                        List.of("FACEBOOK"), "harasserGender", "UNKNOWN", "relationship", "STRANGER",
                        "mentalHealthConcern", false))
                .post(caseUrl + "/classification").then().statusCode(200);
        // she forgets the relationship: the form comes back, still at the version she saw
        browser.findElement(By.cssSelector("form[action$=classification] button[type=submit]")).click();
        alertSaying("Please check these fields");

        choose("relationship", "EX_PARTNER");
        browser.findElement(By.cssSelector("form[action$=classification] button[type=submit]")).click();

        assertThat(alertSaying("Someone changed this case while you had it open")).contains("Classified")
                .contains("Hacking");
        assertThat(browser.findElement(By.cssSelector("input[name=complaintTypes][value=BLACKMAILING]")).isSelected())
                .isTrue();
        assertThat(browser.findElement(By.cssSelector("input[name=complaintTypes][value=NCII]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("input[name=complaintTypes][value=HACKING]")).isSelected())
                .isFalse();
        check("case page with a conflict");

        // she sends her classification again, over the newer version
        browser.findElement(By.cssSelector("form[action$=classification] button[type=submit]")).click();
        awaitPage("#timeline");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=classification] dl"))
                .getText()).contains("Blackmailing").contains("Non-consensual intimate images").contains("Instagram");
        choose("service", "LEGAL_ADVICE");
        browser.findElement(By.cssSelector("form[action$=services] button[type=submit]")).click();
        awaitPage("#timeline");
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("Service provided: Legal advice");
        given().get(caseUrl + "/history").then().body("type", org.hamcrest.Matchers.hasItems("ComplaintClassified",
                "ServiceProvided"));

        // reading the personal data is asked for with a purpose, and recorded
        choose("purpose", "SAFEGUARDING");
        browser.findElement(By.cssSelector("form[action$=personal-data] button[type=submit]")).click();
        check("personal data page");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("This reading has been recorded")
                .contains("This case has no personal data.");
        given().queryParam("caseId", caseId).get(stack.url("case-service") + "/api/personal-data/access-log").then()
                .statusCode(200).body(containsString("SAFEGUARDING")).body(containsString("associate"));
    }

    @Test
    void theWholeCallTakingPathWorksWithTheKeyboardAlone() {
        browser.get(stack.url("console") + "/?lang=en");
        signIn("associate");

        tabTo("a[href='/contacts/new']");
        press(Keys.ENTER);
        awaitPage("/contacts/new");
        tabTo("[name=channel]");
        press("E"); // E-mail
        tabTo("[name=callerType]");
        press("T"); // The complainant
        tabTo("[name=ageBand]");
        press("U"); // Under 18
        tabTo("[name=gender]");
        press("W"); // Woman
        tabTo("[name=city]");
        press("Hyderabad");
        tabTo("[name=notes]");
        press("asked for help by e-mail, typed without a mouse");
        tabTo("form.contact button[type=submit]");
        press(Keys.ENTER);

        awaitPage("/receipt");
        assertThat(browser.findElement(By.cssSelector(".tracking-code")).getText()).isNotBlank();
        String caseNumber = browser.findElement(By.cssSelector(".case-number")).getText();
        String caseId = await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("caseNumber", caseNumber)
                .get(stack.url("case-service") + "/api/cases").then().extract().<String>path("items[0].caseId"),
                id -> id != null);
        // what was chosen by keyboard is what was recorded: a minor (so HIGH priority) writing by e-mail
        given().get(stack.url("case-service") + "/api/cases/" + caseId).then().statusCode(200)
                .body("priority", equalTo("HIGH"));
        given().get(stack.url("case-service") + "/api/cases/" + caseId + "/history").then()
                .body("event[0].channel", equalTo("EMAIL"));
    }

    @Test
    void aSupervisorCreatesAStaffAccountWhosePasswordIsShownOnceThenDisablesIt() {
        String username = "sana." + (System.nanoTime() % 1_000_000);
        browser.get(stack.url("console") + "/staff?lang=en");
        signIn("supervisor");
        check("staff accounts");

        browser.findElement(By.cssSelector("details summary")).click();
        browser.findElement(By.id("f-username")).sendKeys(username);
        browser.findElement(By.id("f-firstName")).sendKeys("Sana");
        browser.findElement(By.id("f-lastName")).sendKeys("Khan");
        browser.findElement(By.id("f-email")).sendKeys(username + "@helpline.example");
        browser.findElement(By.cssSelector("input[name=roles][value=legal]")).click();
        browser.findElement(By.cssSelector("form[action='/staff'] button[type=submit]")).click();

        await().atMost(Duration.ofSeconds(15)).until(() -> !browser.findElements(By.cssSelector(".temporary-password"))
                .isEmpty());
        check("staff account created");
        String temporaryPassword = browser.findElement(By.cssSelector(".temporary-password")).getText();
        assertThat(temporaryPassword).hasSize(16);
        given().get(stack.url("case-service") + "/api/staff/" + username).then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.contains("legal")).body("enabled", equalTo(true));

        browser.get(stack.url("console") + "/staff/" + username);
        check("staff account");
        assertThat(browser.getPageSource()).doesNotContain(temporaryPassword);
        browser.findElement(By.cssSelector("form[action$='/status'] button[type=submit]")).click();
        awaitPage("/staff/" + username);
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("Disabled");
        given().get(stack.url("case-service") + "/api/staff/" + username).then().body("enabled", equalTo(false));
    }

    @Test
    void aSupervisorErasesACasesPersonalDataOnlyAfterTypingItsNumberAndTheLedgerAndAccessLogShowIt() {
        String caseId = given().contentType(ContentType.JSON).body(Map.of("channel", "PHONE", "kind", "NEW",
                "complainant", Map.of("ageBand", "AGE_18_30", "gender", "FEMALE", "callerType", "SELF"),
                "personalData", Map.of("name", "Rabia", "notes", "to be erased at her request")))
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201).extract().path("caseId");
        String personalData = stack.url("case-service") + "/api/cases/" + caseId + "/personal-data";
        // its personal data may reach case-service before the case itself does: wait for both
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get(stack.url("case-service") + "/api/cases/"
                + caseId).statusCode() == 200 && given().queryParam("purpose", "CASE_WORK").get(personalData)
                .statusCode() == 200);
        browser.get(stack.url("console") + "/cases/" + caseId + "/erasure?lang=en");
        signIn("supervisor");
        check("erasure confirmation");

        choose("reason", "REQUESTED_BY_COMPLAINANT");
        browser.findElement(By.id("f-confirmation")).sendKeys("CH-0000-000000");
        browser.findElement(By.cssSelector("form[action$='/erasure'] button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("This is not the number");
        given().queryParam("purpose", "CASE_WORK").get(personalData).then().statusCode(200);

        String caseNumber = browser.findElement(By.cssSelector("h1 bdi")).getText();
        browser.findElement(By.id("f-confirmation")).sendKeys(caseNumber.toLowerCase());
        browser.findElement(By.cssSelector("form[action$='/erasure'] button[type=submit]")).click();
        awaitPage("/personal-data/erasures");
        check("erasure ledger");
        assertThat(browser.findElement(By.cssSelector("a[href='/cases/" + caseId + "']")).isDisplayed()).isTrue();
        given().queryParam("purpose", "CASE_WORK").get(personalData).then().statusCode(410);

        browser.get(stack.url("console") + "/cases/" + caseId + "/access-log");
        check("access log");
        assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("supervisor").contains("Case work");
    }

    @Test
    void someoneWhoChoseUrduSignsInAtTheRealmsLoginPageInUrduRightToLeft() {
        browser.get(stack.url("console") + "/?lang=ur");
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("kc-form-login")).isEmpty());

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ur");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.id("kc-login")).getText()).isEqualTo("سائن اِن");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("ہیلپ لائن کے عملے کے کنسول میں سائن اِن کریں").contains("پاس ورڈ");
        signIn("digisec");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    void anAnalystsHomePageListsNoCase() {
        browser.get(stack.url("console") + "/?lang=en");
        signIn("analyst");

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your role works from other sections")
                .doesNotContain("The team's worklist");
    }

    /** Signs out, and in again as {@code username} on the way to {@code page}. */
    private void signOutAndIn(String username, String page) {
        browser.get(stack.url("console") + "/sign-out");
        awaitPage("/signed-out");
        browser.get(stack.url("console") + page);
        signIn(username);
    }

    /** Presses Tab until the element matching {@code css} has the focus: it is reachable by keyboard. */
    private void tabTo(String css) {
        WebElement target = browser.findElement(By.cssSelector(css));
        for (int presses = 0; presses < 80; presses++) {
            if (target.equals(browser.switchTo().activeElement())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError(css + " never got the focus by Tab");
    }

    private void press(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void choose(String field, String value) {
        browser.findElement(By.cssSelector("#f-" + field + " option[value=" + value + "]")).click();
    }

    /** The telephony platform's webhook, with the phone system's own token. */
    private static void webhook(Map<String, Object> call) {
        given().header("Authorization", "Bearer " + Staff.serviceToken(stack.keycloakIssuer(), "phone-system",
                "phone-system-secret")).contentType(ContentType.JSON).body(call)
                .post(stack.url("intake-service") + "/api/phone/calls").then().statusCode(200);
    }

    /** A new case through intake, assigned by the supervisor (this class's REST identity) to {@code username}. */
    private static String aCaseAssignedTo(String username) {
        return aCaseAssignedTo(username, "Multan");
    }

    /** The same, from a complainant in {@code city} (Punjab). */
    private static String aCaseAssignedTo(String username, String city) {
        String caseId = given().contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "kind", "NEW", "complainant", Map.of("ageBand", "AGE_18_30",
                        "gender", "FEMALE", "city", city, "province", "PUNJAB", "callerType", "SELF",
                        "sourceOfContact", "SOCIAL_MEDIA")))
                .post(stack.url("intake-service") + "/api/contacts").then().statusCode(201).extract().path("caseId");
        String cases = stack.url("case-service") + "/api/cases/" + caseId;
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get(cases).statusCode() == 200);
        String etag = given().get(cases).header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("assignee", username))
                .post(cases + "/assignment").then().statusCode(200);
        // referral-service learns of the case from intake's event too: an FIA referral without city or wing is
        // refused with 404 while the case is unknown to it, and with 409 (nothing made) once it knows the case
        await().atMost(Duration.ofSeconds(30)).until(() -> given().contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "target", "FIA")).post(stack.url("referral-service") + "/api/referrals")
                .statusCode() == 409);
        return given().get(cases).then().statusCode(200).extract().path("caseNumber");
    }
}
