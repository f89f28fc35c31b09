import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a small, deterministic demo year (2023) through the real REST APIs: contacts, follow-ups,
 * classifications, escalations and referrals, with a progress bar. The calibrated 2023 year of the
 * report comes with the analytics issue; here the numbers are only plausible.
 * {@code java DemoData.java INTAKE CASES ESCALATIONS REFERRALS ANALYTICS CASES_TO_CREATE}
 */
public class DemoData {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Re-seeded per case, so a second run draws the same values and its calls replay idempotently. */
    private static Random RANDOM = new Random(2023);

    private static final String[][] CITIES = {
            {"Lahore", "PUNJAB"}, {"Karachi", "SINDH"}, {"Islamabad", "ISLAMABAD"}, {"Rawalpindi", "PUNJAB"},
            {"Peshawar", "KHYBER_PAKHTUNKHWA"}, {"Multan", "PUNJAB"}, {"Faisalabad", "PUNJAB"},
            {"Bahawalpur", "PUNJAB"}, {"Sialkot", "PUNJAB"}, {"Quetta", "BALOCHISTAN"}, {"Hyderabad", "SINDH"},
            {"Larkana", "SINDH"}, {"Mardan", "KHYBER_PAKHTUNKHWA"}, {"Gilgit", "GILGIT_BALTISTAN"}};
    private static final String[] GENDERS = {"FEMALE", "FEMALE", "FEMALE", "FEMALE", "FEMALE", "MALE", "MALE",
            "NON_BINARY", "TRANS_WOMAN", "UNDISCLOSED"};
    private static final String[] CATEGORIES = {"CYBER_HARASSMENT", "CYBER_HARASSMENT", "CYBER_HARASSMENT",
            "CYBER_HARASSMENT", "GENERAL_INQUIRY", "OTHER_DIGITAL_ISSUE", "DOMESTIC_ISSUE"};
    private static final String[] TYPES = {"BLACKMAILING", "NCII", "HACKING", "FAKE_PROFILE", "IMPERSONATION",
            "ABUSIVE_MESSAGES", "FINANCIAL_FRAUD", "DEFAMATION", "ONLINE_STALKING"};
    private static final String[] PLATFORMS = {"FACEBOOK", "WHATSAPP", "INSTAGRAM", "TIKTOK", "X", "YOUTUBE"};

    public static void main(String[] args) throws Exception {
        String intake = args[0], cases = args[1], escalations = args[2], referrals = args[3], analytics = args[4];
        int total = Integer.parseInt(args[5]);
        System.out.println("Loading " + total + " demo cases of 2023 through the REST APIs ...");
        for (int i = 0; i < total; i++) {
            RANDOM = new Random(2_023_000L + i);
            String[] city = CITIES[RANDOM.nextInt(CITIES.length)];
            LocalDate day = LocalDate.of(2023, 1, 1).plusDays(RANDOM.nextInt(365));
            String receivedAt = day.atTime(9 + RANDOM.nextInt(8), 0).atOffset(ZoneOffset.ofHours(5)).toString();
            String created = post(intake + "/api/contacts", """
                    {"channel":"%s","kind":"NEW","receivedAt":"%s","complainant":{"ageBand":"%s","gender":"%s",
                     "city":"%s","province":"%s","callerType":"%s","sourceOfContact":"%s","occupation":"%s","community":"NONE"}}"""
                    .formatted(pick("PHONE", "PHONE", "EMAIL", "SOCIAL_MEDIA", "WEB_FORM"), receivedAt,
                            pick("UNDER_18", "AGE_18_30", "AGE_18_30", "AGE_31_40", "AGE_41_50"), pick(GENDERS),
                            city[0], city[1], pick("SELF", "SELF", "SELF", "ON_BEHALF"),
                            pick("SOCIAL_MEDIA", "SOCIAL_MEDIA", "FRIEND_OR_FAMILY", "SEARCH_ENGINE"),
                            pick("STUDENT", "JOURNALIST", "TEACHER", "OTHER", "NONE")), "demo-" + i);
            String caseId = field(created, "caseId");
            if (RANDOM.nextInt(4) == 0) {
                post(intake + "/api/contacts", """
                        {"channel":"PHONE","kind":"FOLLOW_UP","caseId":"%s","receivedAt":"%s"}"""
                        .formatted(caseId, day.plusDays(3).atTime(11, 0).atOffset(ZoneOffset.ofHours(5))), "demo-follow-up-" + i);
            }
            String category = pick(CATEGORIES);
            String platform = pick(PLATFORMS);
            String classification = """
                    {"category":"%s","complaintTypes":["%s"],"platforms":["%s"],"harasserGender":"%s",
                     "relationship":"%s","mentalHealthConcern":%s}""".formatted(category,
                    category.equals("GENERAL_INQUIRY") ? "INFORMATION_REQUEST" : pick(TYPES), platform,
                    pick("MALE", "MALE", "UNKNOWN", "FEMALE"), pick("STRANGER", "EX_PARTNER", "FRIEND", "FAMILY"),
                    RANDOM.nextBoolean());
            if (!classifyOnce(cases, caseId, classification)) {
                // loaded by an earlier run (the intake call was an idempotent replay): leave the case as it is
                progress(i + 1, total);
                continue;
            }
            if (category.equals("CYBER_HARASSMENT") && RANDOM.nextInt(3) == 0) {
                String escalationId = field(post(escalations + "/api/escalations", """
                        {"caseId":"%s","platform":"%s","reason":"HARASSMENT"}""".formatted(caseId, platform), null),
                        "escalationId");
                if (RANDOM.nextInt(3) > 0) {
                    post(escalations + "/api/escalations/" + escalationId + "/resolution",
                            "{\"outcome\":\"" + pick("RESOLVED", "RESOLVED", "UNRESOLVED") + "\"}", null);
                }
            }
            if (category.equals("CYBER_HARASSMENT") && RANDOM.nextInt(2) == 0) {
                post(referrals + "/api/referrals", """
                        {"caseId":"%s","target":"%s","city":"%s"}""".formatted(caseId,
                        pick("FIA", "FIA", "FIA", "LAWYER", "MENTAL_HEALTH"), city[0]), null);
            }
            progress(i + 1, total);
        }
        System.out.println();
        Thread.sleep(1500);
        String report = get(analytics + "/api/reports/2023");
        System.out.println("Report 2023 totals: " + report.replaceAll("(?s).*\"totals\":(\\{[^}]*}).*", "$1"));
        System.out.println("Full report: " + analytics + "/api/reports/2023");
    }

    /**
     * Classifies the case as a careful client does: read it (waiting until case-service knows it), send the
     * classification with its ETag, and read again if a follow-up moved the case on meanwhile (409).
     *
     * @return false if the case was already classified (an earlier run of the demo)
     */
    private static boolean classifyOnce(String cases, String caseId, String classification) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(cases + "/api/cases/" + caseId))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (read.statusCode() != 200) {
                Thread.sleep(100);
                continue;
            }
            if (!read.body().contains("\"classification\":null")) {
                return false;
            }
            HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(
                    URI.create(cases + "/api/cases/" + caseId + "/classification"))
                    .header("Content-Type", "application/json")
                    .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                    .POST(HttpRequest.BodyPublishers.ofString(classification)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (sent.statusCode() == 200) {
                return true;
            }
            if (sent.statusCode() != 409) {
                throw new IllegalStateException("classification of " + caseId + " answered " + sent.statusCode()
                        + ": " + sent.body());
            }
        }
        throw new IllegalStateException("case " + caseId + " could not be classified");
    }

    private static String post(String url, String json, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String pick(String... values) {
        return values[RANDOM.nextInt(values.length)];
    }

    private static void progress(int done, int total) {
        int width = 40;
        int filled = done * width / total;
        System.out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
    }
}
