package org.helpline.tools.benchmark;

import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.tools.stackclient.AnalyticsApi;
import org.helpline.tools.stackclient.IntakeApi;
import org.helpline.tools.stackclient.StackClient;
import org.helpline.tools.stackclient.StackClient.Answer;
import org.helpline.tools.stackclient.StackClient.Request;

/**
 * Measures the hot path on a running stack: N new contacts posted by C concurrent clients to intake
 * (accept rate, latency), then how long until analytics has counted them all (end-to-end drain through
 * outbox, Kafka, consumer). Prints the figures beside this machine's raw limits (shared/notes).
 * {@code deploy/stack bench [N] [C]}, arguments {@code INTAKE ANALYTICS N C}. Uses report year 2090, so the
 * demo year is untouched.
 */
public final class Benchmark {

    private static final int YEAR = 2090;
    private static final StackClient CLIENT = StackClient.asSupervisor(HttpClient.Version.HTTP_2);

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String intake = args[0], analytics = args[1];
        int total = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        long before = casesCounted(analytics);
        Request contact = Request.post(IntakeApi.contacts(intake), IntakeApi.NewContact.newCase(Channel.PHONE,
                OffsetDateTime.of(YEAR, 6, 15, 10, 0, 0, 0, ZoneOffset.ofHours(5)),
                new IntakeApi.Complainant(AgeBand.AGE_18_30, Gender.FEMALE, "Lahore", Province.PUNJAB, CallerType.SELF,
                        null, null, null)));
        // warm-up: JIT and connection pools, not counted
        for (int i = 0; i < Math.min(200, total / 10); i++) {
            CLIENT.send(contact);
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
                    int status = CLIENT.send(contact).status();
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
        Latencies measured = new Latencies(latencies);
        System.out.printf("contacts posted        %d by %d clients (after %d warm-up; %d counted before)%n", total,
                clients, warmedUp - before, before);
        System.out.printf("intake accepted        %.0f contacts/s (%.1f s)%n", total / acceptSeconds, acceptSeconds);
        System.out.printf("latency p50 / p99      %.1f / %.1f ms%n", measured.ms(0.5), measured.ms(0.99));
        System.out.printf("counted by analytics   %.0f cases/s end to end (all %d in %.1f s)%n", total / drainSeconds,
                total, drainSeconds);
        System.out.println("raw limits here (shared/notes): PostgreSQL 1-row transactions 2,000-3,100/s with 1 client,"
                + " 4,700-5,800/s with 16; Kafka acks=all ~30,000 records/s. Each contact is 1 intake transaction,"
                + " 1 Kafka record, then 1 transaction in each of 4 consumers (case, escalation, referral, analytics),"
                + " all sharing 2 cores.");
    }

    private static long casesCounted(String analytics) throws Exception {
        Answer answer = CLIENT.get(AnalyticsApi.report(analytics, YEAR));
        if (answer.status() != 200) {
            throw new IllegalStateException("analytics answered " + answer.status());
        }
        AnalyticsApi.Totals totals = answer.as(AnalyticsApi.Report.class).totals();
        return totals == null ? 0 : totals.cases();
    }
}
