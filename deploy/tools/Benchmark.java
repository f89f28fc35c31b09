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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the hot path on a running stack: N new contacts posted by C concurrent clients to intake
 * (accept rate, latency), then how long until analytics has counted them all (end-to-end drain through
 * outbox, Kafka, consumer). Prints the figures beside this machine's raw limits (shared/notes).
 * {@code deploy/stack bench [N] [C]}. Uses report year 2090, so the demo year is untouched.
 */
public class Benchmark {

    private static final int YEAR = 2090;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String intake = args[0], analytics = args[1];
        int total = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        long before = casesCounted(analytics);
        String body = """
                {"channel":"PHONE","kind":"NEW","receivedAt":"%d-06-15T10:00:00+05:00","complainant":{"ageBand":"AGE_18_30",
                 "gender":"FEMALE","city":"Lahore","province":"PUNJAB","callerType":"SELF"}}""".formatted(YEAR);
        // warm-up: JIT and connection pools, not counted
        for (int i = 0; i < Math.min(200, total / 10); i++) {
            post(intake, body);
        }
        long warmedUp = casesCounted(analytics);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int share = total / clients + (c < total % clients ? 1 : 0);
            futures.add(pool.submit(() -> {
                for (int i = 0; i < share; i++) {
                    long t0 = System.nanoTime();
                    int status = post(intake, body);
                    if (status != 201) {
                        throw new IllegalStateException("intake answered " + status);
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double acceptSeconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long expected = warmedUp + total;
        while (casesCounted(analytics) < expected) {
            Thread.sleep(50);
        }
        double drainSeconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("contacts posted        %d by %d clients (after %d warm-up; %d counted before)%n", total,
                clients, warmedUp - before, before);
        System.out.printf("intake accepted        %.0f contacts/s (%.1f s)%n", total / acceptSeconds, acceptSeconds);
        System.out.printf("latency p50 / p99      %.1f / %.1f ms%n", sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6);
        System.out.printf("counted by analytics   %.0f cases/s end to end (all %d in %.1f s)%n", total / drainSeconds,
                total, drainSeconds);
        System.out.println("raw limits here (shared/notes): PostgreSQL 1-row transactions 2,000-3,100/s with 1 client,"
                + " 4,700-5,800/s with 16; Kafka acks=all ~30,000 records/s. Each contact is 1 intake transaction,"
                + " 1 Kafka record, then 1 transaction in each of 4 consumers (case, escalation, referral, analytics),"
                + " all sharing 2 cores.");
    }

    private static int post(String intake, String body) throws Exception {
        return HTTP.send(signed(intake + "/api/contacts")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long casesCounted(String analytics) throws Exception {
        HttpResponse<String> answer = HTTP.send(signed(analytics + "/api/reports/" + YEAR).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("analytics answered " + answer.statusCode());
        }
        String report = answer.body();
        Matcher m = Pattern.compile("\"cases\":(\\d+)").matcher(report);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
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
