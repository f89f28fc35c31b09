package org.helpline.tools.benchmark;

import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Service;
import org.helpline.tools.stackclient.CaseApi;
import org.helpline.tools.stackclient.IntakeApi;
import org.helpline.tools.stackclient.StackClient;
import org.helpline.tools.stackclient.StackClient.Answer;
import org.helpline.tools.stackclient.StackClient.Request;

/**
 * Measures case-service's read side on a running stack: (1) the worklist with N open cases (intake opens
 * the missing ones through the real path first), first pages, deep pages and filtered pages; (2) loading
 * a case with a long stream (snapshots) against a one-event case and against decoding its whole history.
 * {@code deploy/stack bench-cases [N] [EVENTS]}, arguments {@code INTAKE CASES N EVENTS}. New cases use
 * report year 2091, so the demo year is untouched.
 */
public final class CaseBenchmark {

    private static final StackClient CLIENT = StackClient.asSupervisor(HttpClient.Version.HTTP_2);
    private static final int REQUESTS = 400;
    private static final ZoneOffset PAKISTAN = ZoneOffset.ofHours(5);

    private CaseBenchmark() {
    }

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

        UUID shortCase = openOne(intake, cases);
        UUID longCase = openOne(intake, cases);
        long t0 = System.nanoTime();
        for (int version = 1; version <= longStream; version++) {
            int status = CLIENT.send(Request.post(CaseApi.caseUrl(cases, longCase) + "/services",
                    new CaseApi.ServiceGiven(Service.LEGAL_ADVICE)).withIfMatch("\"" + version + "\"")).status();
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
        AgeBand[] ages = {AgeBand.UNDER_18, AgeBand.AGE_18_30, AgeBand.AGE_31_40};
        Occupation[] occupations = {Occupation.STUDENT, Occupation.JOURNALIST, Occupation.NONE, Occupation.TEACHER};
        for (long i = 0; i < missing; i++) {
            Request contact = Request.post(IntakeApi.contacts(intake), IntakeApi.NewContact.newCase(Channel.PHONE,
                    OffsetDateTime.of(2091, (int) (1 + i % 12), (int) (1 + i % 28), 10, 0, 0, 0, PAKISTAN),
                    new IntakeApi.Complainant(ages[(int) (i % 3)], Gender.FEMALE, "Lahore", null, CallerType.SELF, null,
                            occupations[(int) (i % 4)], null)));
            posts.add(pool.submit(() -> {
                int status = CLIENT.send(contact).status();
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

    private static Latencies measure(String cases, IntFunction<String> path) throws Exception {
        for (int i = 0; i < 50; i++) {
            get(cases + path.apply(i)); // warm-up: JIT, connections, PostgreSQL cache
        }
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long t0 = System.nanoTime();
            get(cases + path.apply(i));
            latencies.add(System.nanoTime() - t0);
        }
        return new Latencies(latencies);
    }

    private static void report(String what, Latencies measured) {
        System.out.printf("  %-22s p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms%n", what, measured.ms(0.5),
                measured.ms(0.95), measured.ms(0.99));
    }

    private static UUID openOne(String intake, String cases) throws Exception {
        Answer receipt = CLIENT.send(Request.post(IntakeApi.contacts(intake), IntakeApi.NewContact.newCase(Channel.EMAIL,
                OffsetDateTime.of(2091, 1, 1, 10, 0, 0, 0, PAKISTAN), new IntakeApi.Complainant(AgeBand.AGE_18_30,
                        Gender.FEMALE, "Multan", null, CallerType.SELF, null, null, null))));
        if (receipt.status() != 201) {
            throw new IllegalStateException("intake answered " + receipt.status() + ": " + receipt.body());
        }
        UUID caseId = receipt.as(IntakeApi.ContactReceipt.class).caseId();
        int status;
        while ((status = CLIENT.get(CaseApi.caseUrl(cases, caseId)).status()) != 200) {
            if (status != 404) { // 404: case-service has not heard of it yet; anything else will not pass
                throw new IllegalStateException("case-service answered " + status);
            }
            Thread.sleep(50);
        }
        return caseId;
    }

    private static long openInWorklist(String cases) throws Exception {
        return CLIENT.read(cases + "/api/cases?state=OPEN&size=1", CaseApi.WorklistPage.class).totalItems();
    }

    private static Answer get(String url) throws Exception {
        Answer answer = CLIENT.get(url);
        if (answer.status() != 200) {
            throw new IllegalStateException(url + " answered " + answer.status());
        }
        return answer;
    }
}
