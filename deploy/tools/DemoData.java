import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The calibrated demo year: a deterministic synthetic 2023 that reproduces every figure the helpline's
 * 2023 report publishes (2,473 new cases, 619 follow-ups, the category split of Fig 2.1, the complaint-type
 * × gender table exactly, 177 escalations of which 124 to Meta with TikTok resolving 77.8%, 1,278 FIA
 * referrals with 67.6% from wing cities ...), sent through the real REST APIs of intake, case, escalation
 * and referral service, with a progress bar.
 *
 * <p>Where the report gives no number, the plan below says which assumption it makes ("assumed:"). Where
 * the report's own figures cannot all hold at once, it says which one it keeps ("conflict:").
 *
 * <p>{@code java DemoData.java INTAKE CASES ESCALATIONS REFERRALS ANALYTICS [WORKERS]}, or
 * {@code java DemoData.java --plan-only} to see the plan's figures without loading anything. Running it again
 * adds nothing: every contact carries an Idempotency-Key, and a case that is already classified is left
 * as it is (with what was done to it then).
 */
public class DemoData {

    static final int YEAR = 2023;
    static final ZoneOffset PAKISTAN = ZoneOffset.ofHours(5);

    public static void main(String[] args) throws Exception {
        List<PlannedCase> year = new CalibratedYear(new Random(YEAR)).plan();
        CalibratedYear.printPublishedFigures(year);
        if (args.length == 1 && args[0].equals("--plan-only")) {
            return;
        }
        int workers = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        // Idempotency-Keys are kept 48 h: after that, only this check keeps a second run from adding a second year.
        // HELPLINE_DEMO_RESEND=1 skips it and sends every request again, so the keys alone must hold.
        String loaded = Loader.get(args[4] + "/api/reports/" + YEAR).replaceAll("(?s).*\"totals\":\\{\"cases\":(\\d+).*", "$1");
        boolean resend = "1".equals(System.getenv("HELPLINE_DEMO_RESEND"));
        if (!resend && loaded.matches("\\d+") && Integer.parseInt(loaded) >= year.size()) {
            System.out.println("The demo year " + YEAR + " is already loaded (" + loaded + " cases): nothing to do.");
            return;
        }
        new Loader(args[0], args[1], args[2], args[3], workers).load(year);
        Thread.sleep(1500);
        String report = Loader.get(args[4] + "/api/reports/" + YEAR);
        System.out.println("Report " + YEAR + " totals: " + report.replaceAll("(?s).*\"totals\":(\\{[^}]*}).*", "$1"));
        System.out.println("Dashboard: " + args[4] + "/reports/" + YEAR + "   JSON: " + args[4] + "/api/reports/" + YEAR);
    }

    /** One case of the year, with everything that will be done to it. */
    static final class PlannedCase {
        final int index;
        final LocalDateTime openedAt;
        String gender;
        String channel;
        String ageBand;
        String city;
        String province;
        String callerType;
        String source;
        String occupation;
        String community;
        String category; // null: never classified
        final List<String> types = new ArrayList<>();
        final List<String> platforms = new ArrayList<>();
        String harasserGender;
        String relationship;
        boolean mentalHealthConcern;
        final List<LocalDateTime> followUps = new ArrayList<>();
        final List<String> services = new ArrayList<>();
        String escalationPlatform;
        String escalationOutcome; // null: still pending
        final List<PlannedReferral> referrals = new ArrayList<>();

        PlannedCase(int index, LocalDateTime openedAt) {
            this.index = index;
            this.openedAt = openedAt;
        }

        boolean cyberHarassment() {
            return "CYBER_HARASSMENT".equals(category);
        }

        boolean has(String... anyOf) {
            for (String type : anyOf) {
                if (types.contains(type)) {
                    return true;
                }
            }
            return false;
        }

        boolean referredTo(String target) {
            return referrals.stream().anyMatch(r -> r.target.equals(target));
        }
    }

    /** A referral; {@code wing} only for an FIA referral of a complainant whose city is not known. */
    record PlannedReferral(String target, String city, String wing, List<String> outcomes) {
    }

    /** Plans the year so that every published figure holds exactly; all choices are seeded, so every run plans the same year. */
    static final class CalibratedYear {

        static final List<String> GENDERS = List.of("FEMALE", "MALE", "NON_BINARY", "TRANS_WOMAN", "TRANS_MAN",
                "UNDISCLOSED");
        static final Set<String> IMAGE_ABUSE = Set.of("NCII", "NCUI", "NCEDITS");
        static final Set<String> META = Set.of("FACEBOOK", "INSTAGRAM", "WHATSAPP");
        static final Set<String> WING_CITIES = Set.of("Islamabad", "Lahore", "Karachi", "Peshawar", "Quetta",
                "Rawalpindi", "Multan", "Faisalabad", "Gujranwala", "Hyderabad", "Sukkur", "Abbottabad",
                "Dera Ismail Khan", "Gilgit", "Gwadar");

        /**
         * The report's table "Types of complaints", transcribed in deploy/config (TOTAL and the named
         * genders; the rest of each TOTAL is UNDISCLOSED). A case may carry several types, so the rows add
         * up to more than the cases.
         */
        static final java.nio.file.Path COMPLAINT_TABLE = java.nio.file.Path.of(System.getProperty("helpline.root", "."))
                .resolve("deploy/config/report-2023-complaint-types.txt");

        /**
         * Cases outside cyber harassment carry one type each, the type that explains their category
         * (assumed: general inquiries are the INFORMATION_REQUEST, FIA_RELATED and some OTHER rows, other
         * digital issues the LOGIN_ISSUES, STOLEN_DEVICE and COPYRIGHT_ISSUE rows, domestic issues GBV and
         * PHYSICAL_VIOLENCE). With these, Fig 2.1's six categories come out exactly: 248 such cases and
         * 2,224 of cyber harassment. Per type: FEMALE, MALE, TRANS_WOMAN, UNDISCLOSED.
         */
        static final String DEDICATED = """
                INFORMATION_REQUEST GENERAL_INQUIRY 30 36 0 47
                FIA_RELATED GENERAL_INQUIRY 6 13 0 3
                LOGIN_ISSUES OTHER_DIGITAL_ISSUE 15 14 3 7
                STOLEN_DEVICE OTHER_DIGITAL_ISSUE 5 7 0 0
                COPYRIGHT_ISSUE OTHER_DIGITAL_ISSUE 1 0 1 0
                GBV DOMESTIC_ISSUE 7 0 0 0
                PHYSICAL_VIOLENCE DOMESTIC_ISSUE 12 5 0 1
                OTHER * 15 17 0 3
                """;

        private final Random random;

        CalibratedYear(Random random) {
            this.random = random;
        }

        List<PlannedCase> plan() {
            List<PlannedCase> cases = openingTimes();
            assign(cases, quota("FEMALE", 1371, "MALE", 980, "NON_BINARY", 2, "TRANS_WOMAN", 34, "TRANS_MAN", 4,
                    "UNDISCLOSED", 82), (c, v) -> c.gender = v);
            complainants(cases);
            classify(cases);
            escalate(cases);
            refer(cases);
            followUps(cases);
            services(cases);
            return cases;
        }

        /**
         * 2,473 new cases (page "Year in review"); 206 a month on average with February the busiest
         * (assumed: the other months within ±20 of the average). Open 9 am to 5 pm, 7 days a week.
         */
        private List<PlannedCase> openingTimes() {
            int[] perMonth = {214, 248, 222, 199, 207, 198, 211, 202, 193, 196, 189, 194};
            List<LocalDateTime> times = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                LocalDate first = LocalDate.of(YEAR, month, 1);
                for (int i = 0; i < perMonth[month - 1]; i++) {
                    times.add(first.plusDays(random.nextInt(first.lengthOfMonth()))
                            .atTime(9 + random.nextInt(8), random.nextInt(60), random.nextInt(60)));
                }
            }
            Collections.sort(times);
            List<PlannedCase> cases = new ArrayList<>();
            for (int i = 0; i < times.size(); i++) {
                cases.add(new PlannedCase(i, times.get(i)));
            }
            return cases;
        }

        private void complainants(List<PlannedCase> cases) {
            // "the helpline is the primary mode of communication, with 2198 new callers"
            assign(cases, quota("PHONE", 2198, "SOCIAL_MEDIA", 160, "EMAIL", 115), (c, v) -> c.channel = v);
            // Fig 3.1 (assumed counts): 18-30 the largest band; above 30, men outnumber women in every band
            assignWithin(cases, "FEMALE", quota("UNDER_18", 120, "AGE_18_30", 850, "AGE_31_40", 200, "AGE_41_50", 80,
                    "AGE_51_PLUS", 30, "UNKNOWN", 91), (c, v) -> c.ageBand = v);
            assignWithin(cases, "MALE", quota("UNDER_18", 60, "AGE_18_30", 400, "AGE_31_40", 260, "AGE_41_50", 140,
                    "AGE_51_PLUS", 60, "UNKNOWN", 60), (c, v) -> c.ageBand = v);
            assignWithin(cases, "NON_BINARY", quota("AGE_18_30", 2), (c, v) -> c.ageBand = v);
            assignWithin(cases, "TRANS_WOMAN", quota("UNDER_18", 2, "AGE_18_30", 22, "AGE_31_40", 8, "UNKNOWN", 2),
                    (c, v) -> c.ageBand = v);
            assignWithin(cases, "TRANS_MAN", quota("AGE_18_30", 3, "AGE_31_40", 1), (c, v) -> c.ageBand = v);
            assignWithin(cases, "UNDISCLOSED", quota("UNDER_18", 4, "AGE_18_30", 20, "AGE_31_40", 8, "UNKNOWN", 50),
                    (c, v) -> c.ageBand = v);
            // "Out of the 1371 cases where a woman was targeted, 79% were reported by the complainant herself"
            assignWithin(cases, "FEMALE", quota("SELF", 1083, "ON_BEHALF", 288), (c, v) -> c.callerType = v);
            assignWithin(cases, "MALE", quota("SELF", 850, "ON_BEHALF", 130), (c, v) -> c.callerType = v);
            assignWithin(cases, "NON_BINARY", quota("SELF", 2), (c, v) -> c.callerType = v);
            assignWithin(cases, "TRANS_WOMAN", quota("SELF", 30, "ON_BEHALF", 4), (c, v) -> c.callerType = v);
            assignWithin(cases, "TRANS_MAN", quota("SELF", 4), (c, v) -> c.callerType = v);
            assignWithin(cases, "UNDISCLOSED", quota("SELF", 50, "ON_BEHALF", 32), (c, v) -> c.callerType = v);
            // Fig 10.1: 67% social media, 4% a friend, 4% a DRF team member (assumed: the rest as below)
            assign(cases, quota("SOCIAL_MEDIA", 1657, "FRIEND_OR_FAMILY", 99, "DRF_TEAM_MEMBER", 99, "SEARCH_ENGINE", 230,
                    "NEWS_MEDIA", 60, "AWARENESS_SESSION", 45, "LAW_ENFORCEMENT", 90, "OTHER_ORGANISATION", 70, "OTHER", 40,
                    "UNKNOWN", 83), (c, v) -> c.source = v);
            // Fig 6.1, vulnerable occupations (assumed counts)
            assign(cases, quota("JOURNALIST", 45, "ACTIVIST", 30, "HUMAN_RIGHTS_DEFENDER", 15, "POLITICIAN", 12,
                    "LAWYER", 20, "ARTIST", 25, "STUDENT", 600, "TEACHER", 80, "CIVIL_SOCIETY", 20, "OTHER", 700,
                    "NONE", 926), (c, v) -> c.occupation = v);
            // Fig 6.2: the transgender community (every trans and non-binary complainant); others assumed
            List<PlannedCase> cis = new ArrayList<>();
            for (PlannedCase c : cases) {
                if (Set.of("TRANS_WOMAN", "TRANS_MAN", "NON_BINARY").contains(c.gender)) {
                    c.community = "TRANSGENDER";
                } else {
                    cis.add(c);
                }
            }
            assign(cis, quota("RELIGIOUS_MINORITY", 25, "ETHNIC_MINORITY", 15, "PERSON_WITH_DISABILITY", 10, "NONE",
                    cis.size() - 50), (c, v) -> c.community = v);
            locations(cases);
        }

        /**
         * Fig 4.1/4.2 (assumed counts): Punjab the most complaints; none from Gilgit-Baltistan or Gwadar
         * although both have a wing. 1,710 cases from the 13 other wing cities, 688 from 39 other cities,
         * 60 whose city is not known, 15 from outside Pakistan.
         */
        private void locations(List<PlannedCase> cases) {
            Object[] slots = {"Lahore", 520, "Karachi", 300, "Islamabad", 230, "Rawalpindi", 170, "Faisalabad", 110,
                    "Multan", 100, "Peshawar", 90, "Gujranwala", 60, "Hyderabad", 45, "Quetta", 30, "Sukkur", 25,
                    "Abbottabad", 20, "Dera Ismail Khan", 10,
                    "Sialkot", 60, "Bahawalpur", 50, "Sargodha", 45, "Sheikhupura", 30, "Gujrat", 30, "Sahiwal", 35,
                    "Rahim Yar Khan", 35, "Mardan", 32, "Jhang", 25, "Dera Ghazi Khan", 25, "Kasur", 24, "Okara", 22,
                    "Larkana", 20, "Mingora", 20, "Muzaffarabad", 20, "Jhelum", 18, "Wah Cantonment", 16, "Chiniot", 14,
                    "Nawabshah", 14, "Kohat", 12, "Mirpur", 12, "Khanewal", 12, "Mansehra", 11, "Attock", 10,
                    "Vehari", 10, "Chakwal", 10, "Mirpur Khas", 9, "Turbat", 8, "Nowshera", 8, "Bannu", 7, "Khuzdar", 6,
                    "Zhob", 5, "Chitral", 4, "Kotli", 4, "Taxila", 5, "Haripur", 6, "Swabi", 5, "Hub", 3, "Narowal", 6,
                    "?UNKNOWN", 60, "?OUTSIDE_PAKISTAN", 15};
            assign(cases, quota(slots), (c, v) -> {
                if (v.startsWith("?")) {
                    c.province = v.substring(1);
                } else {
                    c.city = v; // intake finds the province in its gazetteer
                }
            });
        }

        private void classify(List<PlannedCase> cases) {
            // conflict: Fig 2.1's categories add up to 2,472, one less than the 2,473 cases: one case
            // (a complainant who did not give her gender) was never classified
            byGender(cases, "UNDISCLOSED").get(0).category = "UNCLASSIFIED";
            Map<String, Map<String, Integer>> table = complaintTable();
            Map<String, List<PlannedCase>> chByGender = new LinkedHashMap<>();
            List<PlannedCase> otherOnly = new ArrayList<>();
            for (String gender : GENDERS) {
                List<PlannedCase> mine = new ArrayList<>(byGender(cases, gender).stream()
                        .filter(c -> c.category == null).toList());
                Collections.shuffle(mine, random);
                int next = 0;
                for (String line : DEDICATED.strip().split("\n")) {
                    String[] f = line.trim().split(" +");
                    int column = List.of("FEMALE", "MALE", "TRANS_WOMAN", "UNDISCLOSED").indexOf(gender);
                    int n = column < 0 ? 0 : Integer.parseInt(f[2 + column]);
                    for (int i = 0; i < n; i++) {
                        PlannedCase c = mine.get(next++);
                        c.types.add(f[0]);
                        c.category = f[1];
                        if (f[1].equals("*")) {
                            otherOnly.add(c);
                        }
                        table.get(f[0]).merge(gender, -1, Integer::sum);
                    }
                }
                List<PlannedCase> ch = mine.subList(next, mine.size());
                ch.forEach(c -> c.category = "CYBER_HARASSMENT");
                chByGender.put(gender, new ArrayList<>(ch));
            }
            otherOnly.sort(Comparator.comparingInt(c -> c.index));
            assign(otherOnly, quota("GENERAL_INQUIRY", 16, "DOMESTIC_ISSUE", 1, "PHYSICAL_HARASSMENT", 10,
                    "WORKPLACE_HARASSMENT", 8), (c, v) -> c.category = v);
            cases.stream().filter(c -> "UNCLASSIFIED".equals(c.category)).forEach(c -> c.category = null);

            // Fig 8.1: 26% of the 460 blackmailing cases also involved NCII/NCUI/NCEDITS = 120 cases.
            // conflict: Fig 8.2's 48% (image abuse that was also blackmail) cannot hold at the same time,
            // as NCUI alone has 334 cases: 48% of them would be 160 blackmailing cases, 35% of 460.
            // Fig 8.1 is kept; 8.2 comes out as 120 of the image-abuse cases.
            Map<String, Integer> overlap = Map.of("FEMALE", 110, "MALE", 10);
            chByGender.forEach((gender, ch) -> typesOfCyberHarassment(gender, ch, table,
                    overlap.getOrDefault(gender, 0)));
            platforms(cases);
            harassers(cases);
        }

        /**
         * Gives each cyber-harassment case of one gender at least one type, so that every row of the table
         * gets its exact count for this gender: the fewest-typed cases first, never a type twice, and
         * blackmailing with image abuse together only in the {@code overlap} cases chosen first.
         */
        private void typesOfCyberHarassment(String gender, List<PlannedCase> ch, Map<String, Map<String, Integer>> table,
                int overlap) {
            Map<String, Integer> left = new LinkedHashMap<>();
            table.forEach((type, counts) -> {
                int n = counts.getOrDefault(gender, 0);
                if (n > 0) {
                    left.put(type, n);
                }
            });
            for (int i = 0; i < overlap; i++) {
                PlannedCase c = ch.get(i);
                String image = IMAGE_ABUSE.stream().max(Comparator.comparingInt(t -> left.getOrDefault(t, 0))).orElseThrow();
                c.types.add("BLACKMAILING");
                c.types.add(image);
                left.merge("BLACKMAILING", -1, Integer::sum);
                left.merge(image, -1, Integer::sum);
            }
            Set<PlannedCase> overlapping = new HashSet<>(ch.subList(0, overlap));
            List<String> order = left.keySet().stream()
                    .sorted(Comparator.comparingInt((String t) -> -left.get(t)).thenComparing(t -> t)).toList();
            for (String type : order) {
                int n = left.get(type);
                List<PlannedCase> eligible = ch.stream().filter(c -> !c.types.contains(type))
                        .filter(c -> overlapping.contains(c) ? !type.equals("BLACKMAILING") && !IMAGE_ABUSE.contains(type)
                                : type.equals("BLACKMAILING") ? !c.has("NCII", "NCUI", "NCEDITS")
                                        : !IMAGE_ABUSE.contains(type) || !c.has("BLACKMAILING"))
                        .sorted(Comparator.comparingInt((PlannedCase c) -> c.types.size()).thenComparingInt(c -> c.index))
                        .toList();
                if (eligible.size() < n) {
                    throw new IllegalStateException(gender + " " + type + ": " + n + " cases needed, " + eligible.size()
                            + " possible");
                }
                eligible.subList(0, n).forEach(c -> c.types.add(type));
            }
            ch.stream().filter(c -> c.types.isEmpty()).findAny().ifPresent(c -> {
                throw new IllegalStateException("a " + gender + " cyber-harassment case has no type");
            });
        }

        /**
         * "With a combined 55.6% share of complaints, WhatsApp, Facebook, and Instagram" (assumed: one
         * platform per case of cyber harassment or other digital issue, 1,266 of 2,277 on Meta; the rest
         * as below). Loan apps concentrate before August: complaints about them "dropped significantly"
         * after the FIA took notice in July.
         */
        private void platforms(List<PlannedCase> cases) {
            List<PlannedCase> named = new ArrayList<>(cases.stream()
                    .filter(c -> c.cyberHarassment() || "OTHER_DIGITAL_ISSUE".equals(c.category)).toList());
            List<PlannedCase> loanApps = named.stream()
                    .filter(c -> c.has("FINANCIAL_FRAUD") && c.openedAt.getMonthValue() <= 7).collect(Collectors.toList());
            Collections.shuffle(loanApps, random);
            loanApps.subList(0, 260).forEach(c -> c.platforms.add("LOAN_APP"));
            named.removeIf(c -> !c.platforms.isEmpty());
            assign(named, quota("WHATSAPP", 520, "FACEBOOK", 480, "INSTAGRAM", 266, "TIKTOK", 150, "X", 60,
                    "YOUTUBE", 40, "SNAPCHAT", 45, "TELEGRAM", 30, "LINKEDIN", 10, "EMAIL", 55, "PHONE_SMS", 210,
                    "DATING_APP", 20, "WEBSITE", 45, "OTHER", 86), (c, v) -> c.platforms.add(v));
        }

        /**
         * Fig 5.3 (assumed counts) and Fig 5.4: "about 30%" were or had been in a romantic relationship
         * with the harasser (742 of 2,472 classified cases) and "approximately 50%" knew the harasser
         * personally (1,236, the romantic ones included); romantic relationships lean towards blackmail and
         * image abuse. 21 calls about suspected mental-health issues ("cyber paranoia").
         */
        private void harassers(List<PlannedCase> cases) {
            List<PlannedCase> classified = cases.stream().filter(c -> c.category != null).toList();
            assign(classified, quota("MALE", 1533, "FEMALE", 198, "UNKNOWN", 667, "MULTIPLE", 74),
                    (c, v) -> c.harasserGender = v);
            Map<PlannedCase, Double> closeness = new HashMap<>();
            classified.forEach(c -> closeness.put(c, random.nextDouble()
                    - (c.has("BLACKMAILING", "NCII", "NCUI", "NCEDITS") ? 0.5 : 0)
                    + (c.has("FINANCIAL_FRAUD", "PHISHING", "SOCIAL_ENGINEERING") ? 0.5 : 0)));
            List<PlannedCase> byCloseness = new ArrayList<>(classified);
            byCloseness.sort(Comparator.comparingDouble(closeness::get));
            List<String> romantic = quota("SPOUSE", 90, "EX_SPOUSE", 60, "PARTNER", 150, "EX_PARTNER", 380, "FIANCE", 62);
            List<String> known = quota("FRIEND", 200, "FAMILY", 150, "COLLEAGUE", 80, "NEIGHBOUR", 64);
            List<String> others = quota("ONLINE_ACQUAINTANCE", 300, "STRANGER", 700, "UNKNOWN", 236);
            List<String> relationships = new ArrayList<>(romantic);
            relationships.addAll(known);
            relationships.addAll(others);
            for (int i = 0; i < byCloseness.size(); i++) {
                byCloseness.get(i).relationship = relationships.get(i);
            }
            assign(classified, quota("YES", 21, "NO", classified.size() - 21),
                    (c, v) -> c.mentalHealthConcern = v.equals("YES"));
        }

        /**
         * "The Helpline made 177 escalations ... Meta platforms, totaling 124, but the highest resolution
         * rate ... TikTok at 77.8%" (7 of 9). X's channel "completely disintegrated after May": nothing
         * sent to X for a case opened later was answered. Other counts and outcomes assumed.
         */
        private void escalate(List<PlannedCase> cases) {
            escalations(cases, "FACEBOOK", c -> true, "RESOLVED", 30, "UNRESOLVED", 20, "FORM_REQUESTED", 8, "NO_RESPONSE", 4);
            escalations(cases, "INSTAGRAM", c -> true, "RESOLVED", 22, "UNRESOLVED", 10, "FORM_REQUESTED", 5, "NO_RESPONSE", 3);
            escalations(cases, "WHATSAPP", c -> true, "RESOLVED", 8, "UNRESOLVED", 8, "FORM_REQUESTED", 3, "NO_RESPONSE", 3);
            escalations(cases, "TIKTOK", c -> true, "RESOLVED", 7, "UNRESOLVED", 1, "NO_RESPONSE", 1);
            escalations(cases, "X", c -> c.openedAt.getMonthValue() <= 5, "RESOLVED", 3, "UNRESOLVED", 2, "NO_RESPONSE", 3);
            escalations(cases, "X", c -> c.openedAt.getMonthValue() > 5, "NO_RESPONSE", 12);
            escalations(cases, "YOUTUBE", c -> true, "RESOLVED", 4, "UNRESOLVED", 2, "NO_RESPONSE", 2);
            escalations(cases, "SNAPCHAT", c -> true, "RESOLVED", 3, "UNRESOLVED", 2, "PENDING", 1);
            escalations(cases, "TELEGRAM", c -> true, "RESOLVED", 1, "UNRESOLVED", 2, "NO_RESPONSE", 2);
            escalations(cases, "LINKEDIN", c -> true, "RESOLVED", 2, "UNRESOLVED", 2, "NO_RESPONSE", 1);
        }

        private void escalations(List<PlannedCase> cases, String platform, Predicate<PlannedCase> when,
                Object... outcomes) {
            List<String> planned = quota(outcomes);
            List<PlannedCase> candidates = new ArrayList<>(cases.stream().filter(PlannedCase::cyberHarassment)
                    .filter(c -> c.platforms.contains(platform) && c.escalationPlatform == null).filter(when).toList());
            Collections.shuffle(candidates, random);
            if (candidates.size() < planned.size()) {
                throw new IllegalStateException(platform + ": " + planned.size() + " escalations, " + candidates.size()
                        + " cases");
            }
            for (int i = 0; i < planned.size(); i++) {
                candidates.get(i).escalationPlatform = platform;
                candidates.get(i).escalationOutcome = planned.get(i).equals("PENDING") ? null : planned.get(i);
            }
        }

        /**
         * "Out of the 2224 cases of cyber harassment ..., 1278 (57.5%) were eventually referred to the
         * FIA ... 67.6% ... from one of 15 cities where an FIA cybercrime wing was located, whereas 392 ...
         * from other locations": 864 + 392, and 22 whose complainant did not say where she lives (the wing
         * chosen with her). Outcomes and the other referrals (Fig 7.2) assumed; "only 10 to 15 percent women
         * proceed with their cases legally" (the FIA officer) guides the FIR share.
         */
        private void refer(List<PlannedCase> cases) {
            List<PlannedCase> ch = cases.stream().filter(PlannedCase::cyberHarassment).toList();
            List<String> fiaOutcomes = quota("COMPLAINT_REGISTERED", 420, "COMPLAINT_REGISTERED FIR_LODGED", 150,
                    "COMPLAINT_REGISTERED FIR_LODGED RESOLVED", 60, "NO_CONTACT", 200, "DECLINED", 80, "", 368);
            AtomicInteger next = new AtomicInteger();
            fia(ch, c -> c.city != null && WING_CITIES.contains(c.city), 864, fiaOutcomes, next);
            fia(ch, c -> c.city != null && !WING_CITIES.contains(c.city), 392, fiaOutcomes, next);
            fia(ch, c -> c.city == null && "UNKNOWN".equals(c.province), 22, fiaOutcomes, next);
            List<PlannedCase> referable = new ArrayList<>(cases.stream().filter(c -> c.category != null
                    && !"GENERAL_INQUIRY".equals(c.category) && !"OTHER_DIGITAL_ISSUE".equals(c.category)).toList());
            Collections.shuffle(referable, random);
            referable.sort(Comparator.comparing((PlannedCase c) -> !c.mentalHealthConcern));
            List<String> others = quota("MENTAL_HEALTH", 60, "LAWYER", 180, "POLICE", 40, "OTHER_ORGANISATION", 50);
            others.sort(Comparator.comparing(t -> !t.equals("MENTAL_HEALTH")));
            List<String> lawyerOutcomes = quota("RESOLVED", 60, "NO_CONTACT", 40, "", 80);
            int lawyers = 0;
            for (int i = 0; i < others.size(); i++) {
                String target = others.get(i);
                List<String> outcomes = target.equals("LAWYER") ? words(lawyerOutcomes.get(lawyers++)) : List.of();
                referable.get(i).referrals.add(new PlannedReferral(target, referable.get(i).city, null, outcomes));
            }
        }

        private void fia(List<PlannedCase> ch, Predicate<PlannedCase> from, int n, List<String> outcomes,
                AtomicInteger next) {
            List<PlannedCase> candidates = new ArrayList<>(ch.stream().filter(from).toList());
            Collections.shuffle(candidates, random);
            if (candidates.size() < n) {
                throw new IllegalStateException("FIA referrals: " + n + " needed, " + candidates.size() + " cases");
            }
            for (PlannedCase c : candidates.subList(0, n)) {
                String wing = c.city == null ? List.of("Lahore", "Karachi", "Islamabad").get(random.nextInt(3)) : null;
                c.referrals.add(new PlannedReferral("FIA", c.city, wing, words(outcomes.get(next.getAndIncrement()))));
            }
        }

        /**
         * "619 out of 3092 calls being follow-ups" (assumed: 520 cases called back once, 42 twice, 5 three
         * times, within three weeks and within the year).
         */
        private void followUps(List<PlannedCase> cases) {
            List<PlannedCase> early = cases.stream().filter(c -> c.openedAt.isBefore(LocalDateTime.of(YEAR, 12, 1, 0, 0)))
                    .toList();
            List<String> counts = quota("1", 520, "2", 42, "3", 5, "0", early.size() - 567);
            assign(early, counts, (c, v) -> {
                for (int i = 1; i <= Integer.parseInt(v); i++) {
                    c.followUps.add(c.openedAt.plusDays(i * (1 + random.nextInt(7))).withHour(10 + random.nextInt(6)));
                }
            });
        }

        /**
         * Fig 9.1, services given (assumed rules): legal advice with a referral to the FIA, police or a
         * lawyer; digital-security advice otherwise for cyber harassment and other digital issues; platform
         * escalation and referral where they happened; psychological support where a mental-health concern
         * was heard or one in eight cases of cyber harassment; in-person assistance for 60 FIA complainants
         * in Lahore ("in-person counseling and legal aid ... with the FIA cybercrime wing in Lahore").
         */
        private void services(List<PlannedCase> cases) {
            int inPerson = 0;
            for (PlannedCase c : cases) {
                if (c.category == null) {
                    continue;
                }
                boolean legal = c.referredTo("FIA") || c.referredTo("POLICE") || c.referredTo("LAWYER");
                if (c.category.equals("GENERAL_INQUIRY")) {
                    c.services.add("GENERAL_INFORMATION");
                } else if (legal || c.category.endsWith("_ISSUE") && !c.category.equals("OTHER_DIGITAL_ISSUE")
                        || c.category.endsWith("HARASSMENT") && !c.cyberHarassment()) {
                    c.services.add("LEGAL_ADVICE");
                }
                if ((c.cyberHarassment() && !legal) || "OTHER_DIGITAL_ISSUE".equals(c.category)
                        || c.has("HACKING", "PHISHING", "LOGIN_ISSUES")) {
                    c.services.add("DIGITAL_SECURITY_ADVICE");
                }
                if (c.escalationPlatform != null) {
                    c.services.add("PLATFORM_ESCALATION");
                }
                if (!c.referrals.isEmpty()) {
                    c.services.add("REFERRAL");
                }
                if (c.mentalHealthConcern || c.referredTo("MENTAL_HEALTH") || c.cyberHarassment() && c.index % 8 == 0) {
                    c.services.add("PSYCHOLOGICAL_SUPPORT");
                }
                if (inPerson < 60 && "Lahore".equals(c.city) && c.referredTo("FIA")) {
                    c.services.add("IN_PERSON_ASSISTANCE");
                    inPerson++;
                }
            }
        }

        /**
         * The figures the report publishes, computed from the plan: what the loaded report must show. The
         * complaint table and the categories are checked here, so a wrong plan never reaches the services.
         */
        static void printPublishedFigures(List<PlannedCase> year) {
            Map<String, Map<String, Integer>> planned = new LinkedHashMap<>();
            Map<String, Integer> categories = new LinkedHashMap<>();
            for (PlannedCase c : year) {
                c.types.forEach(t -> planned.computeIfAbsent(t, k -> new LinkedHashMap<>()).merge(c.gender, 1, Integer::sum));
                if (c.category != null) {
                    categories.merge(c.category, 1, Integer::sum);
                }
            }
            Map<String, Map<String, Integer>> published = new CalibratedYear(new Random(0)).complaintTable();
            published.values().forEach(row -> row.values().removeIf(n -> n == 0));
            if (!planned.equals(published)) {
                throw new IllegalStateException("the plan misses the complaint table: " + planned + " vs " + published);
            }
            if (!categories.equals(Map.of("CYBER_HARASSMENT", 2224, "GENERAL_INQUIRY", 151, "OTHER_DIGITAL_ISSUE", 53,
                    "DOMESTIC_ISSUE", 26, "PHYSICAL_HARASSMENT", 10, "WORKPLACE_HARASSMENT", 8))) {
                throw new IllegalStateException("the plan misses Fig 2.1: " + categories);
            }
            long classified = year.stream().filter(c -> c.category != null).count();
            long women = year.stream().filter(c -> c.gender.equals("FEMALE")).count();
            long fia = year.stream().filter(c -> c.referredTo("FIA")).count();
            long wing = year.stream().filter(c -> c.referredTo("FIA") && c.city != null && WING_CITIES.contains(c.city)).count();
            long escalations = year.stream().filter(c -> c.escalationPlatform != null).count();
            long meta = year.stream().filter(c -> c.escalationPlatform != null && META.contains(c.escalationPlatform)).count();
            long mentions = year.stream().mapToLong(c -> c.platforms.size()).sum();
            long metaMentions = year.stream().flatMap(c -> c.platforms.stream()).filter(META::contains).count();
            long tiktok = year.stream().filter(c -> "TIKTOK".equals(c.escalationPlatform)).count();
            long tiktokResolved = year.stream().filter(c -> "TIKTOK".equals(c.escalationPlatform)
                    && "RESOLVED".equals(c.escalationOutcome)).count();
            long blackmail = year.stream().filter(c -> c.has("BLACKMAILING")).count();
            long both = year.stream().filter(c -> c.has("BLACKMAILING") && c.has("NCII", "NCUI", "NCEDITS")).count();
            long images = year.stream().filter(c -> c.has("NCII", "NCUI", "NCEDITS")).count();
            System.out.printf("The calibrated year %d: %d cases (%d classified), %d follow-ups, %d women (%d%% reported "
                    + "by herself), %d escalations (%d to Meta), %d FIA referrals (%d from wing cities).%n", YEAR,
                    year.size(), classified, year.stream().mapToInt(c -> c.followUps.size()).sum(), women,
                    Math.round(100.0 * year.stream().filter(c -> c.gender.equals("FEMALE") && c.callerType.equals("SELF"))
                            .count() / women), escalations, meta, fia, wing);
            System.out.printf("Meta %.1f%% of %d platform mentions; TikTok resolved %d of %d (%.1f%%); blackmailing "
                    + "with image abuse %d of %d (%.0f%%), image abuse with blackmailing %d of %d (%.0f%%).%n",
                    100.0 * metaMentions / mentions, mentions, tiktokResolved, tiktok, 100.0 * tiktokResolved / tiktok,
                    both, blackmail, 100.0 * both / blackmail, both, images, 100.0 * both / images);
        }

        private Map<String, Map<String, Integer>> complaintTable() {
            Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
            List<String> lines;
            try {
                lines = java.nio.file.Files.readAllLines(COMPLAINT_TABLE).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("run from the repository's root (or set -Dhelpline.root): " + e);
            }
            for (String line : lines) {
                String[] f = line.trim().split(" +");
                Map<String, Integer> row = new LinkedHashMap<>();
                int named = 0;
                for (int g = 0; g < 5; g++) {
                    row.put(GENDERS.get(g), Integer.parseInt(f[2 + g]));
                    named += Integer.parseInt(f[2 + g]);
                }
                row.put("UNDISCLOSED", Integer.parseInt(f[1]) - named);
                table.put(f[0], row);
            }
            return table;
        }

        private static List<PlannedCase> byGender(List<PlannedCase> cases, String gender) {
            return cases.stream().filter(c -> c.gender.equals(gender)).toList();
        }

        private void assignWithin(List<PlannedCase> cases, String gender, List<String> values,
                BiConsumer<PlannedCase, String> setter) {
            assign(byGender(cases, gender), values, setter);
        }

        /** Gives each case one value; the values (exact counts) are shuffled first. */
        private void assign(List<PlannedCase> cases, List<String> values, BiConsumer<PlannedCase, String> setter) {
            if (values.size() != cases.size()) {
                throw new IllegalStateException(values.size() + " values for " + cases.size() + " cases: " + values.stream()
                        .distinct().toList());
            }
            List<String> shuffled = new ArrayList<>(values);
            Collections.shuffle(shuffled, random);
            for (int i = 0; i < cases.size(); i++) {
                setter.accept(cases.get(i), shuffled.get(i));
            }
        }

        /** {@code quota("A", 2, "B", 1)} is [A, A, B], in a seeded random order. */
        private List<String> quota(Object... valueThenCount) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < valueThenCount.length; i += 2) {
                values.addAll(Collections.nCopies((Integer) valueThenCount[i + 1], (String) valueThenCount[i]));
            }
            Collections.shuffle(values, random);
            return values;
        }

        private static List<String> words(String text) {
            return text.isBlank() ? List.of() : List.of(text.split(" "));
        }
    }

    /** Sends the plan through the services' REST APIs, a case per task, with a progress bar. */
    static final class Loader {

        private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        private final String intake;
        private final String cases;
        private final String escalations;
        private final String referrals;
        private final int workers;
        private final Map<Integer, String> caseIds = new java.util.concurrent.ConcurrentHashMap<>();
        private final AtomicInteger requests = new AtomicInteger();
        private final AtomicInteger skipped = new AtomicInteger();

        Loader(String intake, String cases, String escalations, String referrals, int workers) {
            this.intake = intake;
            this.cases = cases;
            this.escalations = escalations;
            this.referrals = referrals;
            this.workers = workers;
        }

        /**
         * Two passes: first every contact and follow-up (intake), then the work on each case (case,
         * escalation and referral service). By the second pass the services have heard of every case
         * through Kafka, so no worker waits for one.
         */
        void load(List<PlannedCase> year) throws Exception {
            pass("contacts", year, this::contacts);
            pass("case work", year, this::caseWork);
            if (skipped.get() > 0) {
                System.out.println(skipped.get() + " cases were already loaded by an earlier run: left as they are.");
            }
        }

        interface Step {
            void run(PlannedCase c) throws Exception;
        }

        private void pass(String name, List<PlannedCase> year, Step step) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            AtomicInteger done = new AtomicInteger();
            int requestsBefore = requests.get();
            long started = System.nanoTime();
            List<Future<?>> loading = new ArrayList<>();
            for (PlannedCase c : year) {
                loading.add(pool.submit(() -> {
                    step.run(c);
                    done.incrementAndGet();
                    return null;
                }));
            }
            pool.shutdown();
            while (!pool.awaitTermination(500, TimeUnit.MILLISECONDS)) {
                progress(name, done.get(), year.size(), requests.get() - requestsBefore, started);
            }
            progress(name, done.get(), year.size(), requests.get() - requestsBefore, started);
            System.out.println();
            for (Future<?> f : loading) {
                f.get(); // the first failure, if any, ends the demo with its message
            }
        }

        private static void progress(String name, int n, int total, int requests, long started) {
            double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
            int width = 40;
            System.out.printf("\r%-10s [%s%s] %d/%d cases · %d requests, %.0f/s · %.0f s", name,
                    "#".repeat(n * width / total), " ".repeat(width - n * width / total), n, total, requests,
                    requests / seconds, seconds);
        }

        private void contacts(PlannedCase c) throws Exception {
            String caseId = field(send("POST", intake + "/api/contacts", contact(c), "demo-" + YEAR + "-" + c.index,
                    null, 201).body(), "caseId");
            caseIds.put(c.index, caseId);
            for (int i = 0; i < c.followUps.size(); i++) {
                send("POST", intake + "/api/contacts", """
                        {"channel":"PHONE","kind":"FOLLOW_UP","caseId":"%s","receivedAt":"%s"}"""
                        .formatted(caseId, c.followUps.get(i).atOffset(PAKISTAN)),
                        "demo-" + YEAR + "-" + c.index + "-follow-up-" + (i + 1), null, 201);
            }
        }

        private void caseWork(PlannedCase c) throws Exception {
            if (c.category == null) {
                return;
            }
            String caseId = caseIds.get(c.index);
            HttpResponse<String> read = awaitCase(caseId, c.followUps.size());
            if (!read.body().contains("\"classification\":null")) {
                skipped.incrementAndGet();
                return;
            }
            String etag = command(caseId, "classification", classification(c), etag(read));
            for (String service : c.services) {
                etag = command(caseId, "services", "{\"service\":\"" + service + "\"}", etag);
            }
            if (c.escalationPlatform != null) {
                String id = field(send("POST", escalations + "/api/escalations", """
                        {"caseId":"%s","platform":"%s","reason":"%s"}""".formatted(caseId, c.escalationPlatform,
                        reason(c)), null, null, 201).body(), "escalationId");
                if (c.escalationOutcome != null) {
                    send("POST", escalations + "/api/escalations/" + id + "/resolution",
                            "{\"outcome\":\"" + c.escalationOutcome + "\"}", null, null, 200);
                }
            }
            for (PlannedReferral r : c.referrals) {
                String body = "{\"caseId\":\"" + caseId + "\",\"target\":\"" + r.target() + "\""
                        + (r.city() == null ? "" : ",\"city\":\"" + r.city() + "\"")
                        + (r.wing() == null ? "" : ",\"wing\":\"" + r.wing() + "\"") + "}";
                String id = field(send("POST", referrals + "/api/referrals", body, null, null, 201).body(), "referralId");
                for (String outcome : r.outcomes()) {
                    send("POST", referrals + "/api/referrals/" + id + "/outcome", "{\"outcome\":\"" + outcome + "\"}",
                            null, null, 200);
                }
            }
        }

        private static String contact(PlannedCase c) {
            return """
                    {"channel":"%s","kind":"NEW","receivedAt":"%s","complainant":{"ageBand":"%s","gender":"%s",%s
                     "province":"%s","callerType":"%s","sourceOfContact":"%s","occupation":"%s","community":"%s"}}"""
                    .formatted(c.channel, c.openedAt.atOffset(PAKISTAN), c.ageBand, c.gender,
                            c.city == null ? "" : "\"city\":\"" + c.city + "\",",
                            c.province == null ? "" : c.province, c.callerType, c.source, c.occupation, c.community)
                    .replace("\"province\":\"\",", "");
        }

        private static String classification(PlannedCase c) {
            return """
                    {"category":"%s","complaintTypes":%s,"platforms":%s,"harasserGender":"%s","relationship":"%s",
                     "mentalHealthConcern":%s}""".formatted(c.category, array(c.types), array(c.platforms),
                    c.harasserGender, c.relationship, c.mentalHealthConcern);
        }

        private static String reason(PlannedCase c) {
            for (String[] typeAndReason : new String[][] {{"NCII", "NCII"}, {"NCUI", "NCUI"}, {"NCEDITS", "NCII"},
                    {"IMPERSONATION", "IMPERSONATION"}, {"FAKE_PROFILE", "FAKE_PROFILE"}, {"HACKING", "HACKED_ACCOUNT"},
                    {"DEFAMATION", "DEFAMATION"}, {"HATE_SPEECH", "HATE_SPEECH"}}) {
                if (c.types.contains(typeAndReason[0])) {
                    return typeAndReason[1];
                }
            }
            return "HARASSMENT";
        }

        private static String array(List<String> values) {
            return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
        }

        /** Reads the case until case-service has it with all its follow-ups (they arrive through Kafka). */
        private HttpResponse<String> awaitCase(String caseId, int followUps) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                HttpResponse<String> read = send("GET", cases + "/api/cases/" + caseId, null, null, null, -1);
                if (read.statusCode() == 200 && read.body().contains("\"followUps\":" + followUps + ",")) {
                    return read;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("case " + caseId + " did not reach case-service with its "
                            + followUps + " follow-ups: " + read.statusCode() + " " + read.body());
                }
                Thread.sleep(50);
            }
        }

        /** A case command with If-Match, as a careful client sends it: on 409, read the case again and retry. */
        private String command(String caseId, String path, String body, String etag) throws Exception {
            for (int attempt = 0; attempt < 20; attempt++) {
                HttpResponse<String> sent = send("POST", cases + "/api/cases/" + caseId + "/" + path, body, null, etag, -1);
                if (sent.statusCode() == 200) {
                    return etag(sent);
                }
                if (sent.statusCode() != 409) {
                    throw new IllegalStateException("POST " + path + " of " + caseId + " answered " + sent.statusCode()
                            + ": " + sent.body());
                }
                etag = etag(send("GET", cases + "/api/cases/" + caseId, null, null, null, 200));
            }
            throw new IllegalStateException("case " + caseId + " kept moving: " + path + " not recorded");
        }

        /**
         * One request; waits out what a client should wait out: 503 (database restarting) and 404 while
         * the service has not yet heard of a case that intake just opened. {@code expected} -1: any answer.
         */
        private HttpResponse<String> send(String method, String url, String body, String idempotencyKey, String ifMatch,
                int expected) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                HttpRequest.Builder request = signed(url).timeout(Duration.ofSeconds(30));
                if (body == null) {
                    request.GET();
                } else {
                    request.header("Content-Type", "application/json").method(method,
                            HttpRequest.BodyPublishers.ofString(body));
                }
                if (idempotencyKey != null) {
                    request.header("Idempotency-Key", idempotencyKey);
                }
                if (ifMatch != null) {
                    request.header("If-Match", ifMatch);
                }
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                requests.incrementAndGet();
                boolean notYetKnown = response.statusCode() == 404 && expected > 0 && body != null;
                if ((response.statusCode() == 503 || notYetKnown) && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    continue;
                }
                if (expected > 0 && response.statusCode() != expected) {
                    throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                            + response.body());
                }
                return response;
            }
        }

        static String get(String url) throws Exception {
            return HTTP.send(signed(url).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        private static String etag(HttpResponse<String> response) {
            return response.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("no ETag"));
        }

        private static String field(String json, String name) {
            Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
            if (!m.find()) {
                throw new IllegalStateException("no " + name + " in " + json);
            }
            return m.group(1);
        }
    }

    /**
     * Requests go as the local demo supervisor, with a token from the stack's Keycloak ({@code -Dhelpline.issuer})
     * renewed every minute (tokens live five; a run can take longer).
     */
    static HttpRequest.Builder signed(String url) throws Exception {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", SupervisorToken.bearer());
    }

    static final class SupervisorToken {

        private static final String ISSUER = System.getProperty("helpline.issuer",
                "http://127.0.0.1:8180/realms/helpline");
        private static String token;
        private static long fetchedAt;

        static synchronized String bearer() throws Exception {
            if (token == null || System.nanoTime() - fetchedAt > TimeUnit.MINUTES.toNanos(1)) {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ISSUER + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=password&client_id=helpline-web&username=supervisor&password=demo"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
                if (answer.statusCode() != 200 || !m.find()) {
                    throw new IllegalStateException("no token from Keycloak at " + ISSUER + ": " + answer.statusCode());
                }
                token = m.group(1);
                fetchedAt = System.nanoTime();
            }
            return "Bearer " + token;
        }
    }
}
