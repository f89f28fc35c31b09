import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures case-service's read side on a running stack: (1) the worklist with N open cases (intake opens
 * the missing ones through the real path first), first pages, deep pages and filtered pages; (2) loading
 * a case with a long stream (snapshots) against a one-event case and against decoding its whole history.
 * {@code deploy/stack bench-cases [N] [EVENTS]}. New cases use report year 2091, so the demo year is untouched.
 */
public class CaseBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int REQUESTS = 400;

    public static void main(String[] args) throws Exception {
        String intake = args[0], cases = args[1];
        int openCases = Integer.parseInt(args[2]);
        int longStream = Integer.parseInt(args[3]);

        fillWorklist(intake, cases, openCases);
        long open = openInWorklist(cases);
        int pages = (int) Math.max(1, open / 20);
        System.out.printf("worklist                %d open cases, page size 20, %d requests each%n", open, REQUESTS);
        report("first page", measure(cases, p -> "/api/cases?state=OPEN&page=0&size=20"));
        report("any page", measure(cases, p -> "/api/cases?state=OPEN&size=20&page="
                + ThreadLocalRandom.current().nextInt(pages)));
        report("by priority", measure(cases, p -> "/api/cases?state=OPEN&priority=NORMAL&size=20&page="
                + ThreadLocalRandom.current().nextInt(Math.max(1, pages / 2))));
        report("by assignee", measure(cases, p -> "/api/cases?assignee=nobody-yet&size=20"));

        String shortCase = openOne(intake, cases);
        String longCase = openOne(intake, cases);
        long t0 = System.nanoTime();
        for (int version = 1; version <= longStream; version++) {
            int status = send(signed(cases + "/api/cases/" + longCase + "/services")
                    .header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"LEGAL_ADVICE\"}")).build());
            if (status != 200) {
                throw new IllegalStateException("service " + version + " answered " + status);
            }
        }
        double appendMs = (System.nanoTime() - t0) / 1e6 / longStream;
        System.out.printf("%ncase streams            %d commands on one case, %.1f ms each (load, decide, append, "
                + "worklist, snapshot)%n", longStream, appendMs);
        report("GET 1-event case", measure(cases, p -> "/api/cases/" + shortCase));
        report("GET " + (longStream + 1) + "-event case", measure(cases, p -> "/api/cases/" + longCase));
        report("its full history", measure(cases, p -> "/api/cases/" + longCase + "/history"));
        System.out.println("The long case loads from its latest snapshot (every 100 events) plus the events after it;"
                + " the full history decodes every event, which is what each load would cost without snapshots.");
    }

    private static void fillWorklist(String intake, String cases, int wanted) throws Exception {
        long missing = wanted - openInWorklist(cases);
        if (missing <= 0) {
            return;
        }
        System.out.printf("opening %d cases through intake to reach %d open cases ...%n", missing, wanted);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> posts = new ArrayList<>();
        String[] ages = {"UNDER_18", "AGE_18_30", "AGE_31_40"};
        String[] occupations = {"STUDENT", "JOURNALIST", "NONE", "TEACHER"};
        for (long i = 0; i < missing; i++) {
            String body = """
                    {"channel":"PHONE","kind":"NEW","receivedAt":"2091-%02d-%02dT10:00:00+05:00","complainant":{
                     "ageBand":"%s","gender":"FEMALE","city":"Lahore","callerType":"SELF","occupation":"%s"}}"""
                    .formatted(1 + i % 12, 1 + i % 28, ages[(int) (i % 3)], occupations[(int) (i % 4)]);
            posts.add(pool.submit(() -> {
                int status = send(signed(intake + "/api/contacts")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
                if (status != 201) {
                    throw new IllegalStateException("intake answered " + status);
                }
                return null;
            }));
        }
        for (int i = 0; i < posts.size(); i++) {
            posts.get(i).get();
            if ((i + 1) % 1000 == 0) {
                System.out.printf("  %d / %d%n", i + 1, missing);
            }
        }
        pool.shutdown();
        while (openInWorklist(cases) < wanted) {
            Thread.sleep(200);
        }
    }

    private static List<Long> measure(String cases, IntFunction<String> path) throws Exception {
        for (int i = 0; i < 50; i++) {
            get(cases + path.apply(i)); // warm-up: JIT, connections, PostgreSQL cache
        }
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long t0 = System.nanoTime();
            get(cases + path.apply(i));
            latencies.add(System.nanoTime() - t0);
        }
        Collections.sort(latencies);
        return latencies;
    }

    private static void report(String what, List<Long> sorted) {
        System.out.printf("  %-22s p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms%n", what, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.95)) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6);
    }

    private static String openOne(String intake, String cases) throws Exception {
        String receipt = HTTP.send(signed(intake + "/api/contacts")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"channel":"EMAIL","kind":"NEW","receivedAt":"2091-01-01T10:00:00+05:00","complainant":{
                         "ageBand":"AGE_18_30","gender":"FEMALE","city":"Multan","callerType":"SELF"}}""")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"caseId\":\"([^\"]+)\"").matcher(receipt);
        if (!m.find()) {
            throw new IllegalStateException("intake answered " + receipt);
        }
        String caseId = m.group(1);
        int status;
        while ((status = send(signed(cases + "/api/cases/" + caseId).build())) != 200) {
            if (status != 404) { // 404: case-service has not heard of it yet; anything else will not pass
                throw new IllegalStateException("case-service answered " + status);
            }
            Thread.sleep(50);
        }
        return caseId;
    }

    private static long openInWorklist(String cases) throws Exception {
        Matcher m = Pattern.compile("\"totalItems\":(\\d+)").matcher(get(cases + "/api/cases?state=OPEN&size=1"));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(signed(url).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static int send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
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
