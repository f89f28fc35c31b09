package org.helpline.tools.demo;

import static org.helpline.tools.demo.CalibratedYear.PAKISTAN;
import static org.helpline.tools.demo.CalibratedYear.YEAR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationReason;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.Service;
import org.helpline.tools.stackclient.CaseApi;
import org.helpline.tools.stackclient.EscalationApi;
import org.helpline.tools.stackclient.IntakeApi;
import org.helpline.tools.stackclient.ReferralApi;
import org.helpline.tools.stackclient.StackClient.Answer;
import org.helpline.tools.stackclient.StackClient.Request;

/** Sends the plan through the services' REST APIs, a case per task, with a progress bar. */
final class DemoLoader {

    /** The escalation's reason: the first of these types the case carries, else harassment. */
    private static final Map<ComplaintType, EscalationReason> REASONS = reasons();

    private final PatientClient client;
    private final String intake;
    private final String cases;
    private final String escalations;
    private final String referrals;
    private final int workers;
    private final Map<Integer, UUID> caseIds = new ConcurrentHashMap<>();
    private final AtomicInteger skipped = new AtomicInteger();

    DemoLoader(PatientClient client, String intake, String cases, String escalations, String referrals, int workers) {
        this.client = client;
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

    private interface Step {
        void run(PlannedCase c) throws Exception;
    }

    private void pass(String name, List<PlannedCase> year, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        AtomicInteger done = new AtomicInteger();
        int requestsBefore = client.requests();
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
            progress(name, done.get(), year.size(), client.requests() - requestsBefore, started);
        }
        progress(name, done.get(), year.size(), client.requests() - requestsBefore, started);
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
        IntakeApi.Complainant complainant = new IntakeApi.Complainant(c.ageBand, c.gender, c.city, c.province,
                c.callerType, c.source, c.occupation, c.community);
        UUID caseId = client.send(Request.post(IntakeApi.contacts(intake),
                IntakeApi.NewContact.newCase(c.channel, c.openedAt.atOffset(PAKISTAN), complainant))
                .withIdempotencyKey("demo-" + YEAR + "-" + c.index), 201).as(IntakeApi.ContactReceipt.class).caseId();
        caseIds.put(c.index, caseId);
        for (int i = 0; i < c.followUps.size(); i++) {
            client.send(Request.post(IntakeApi.contacts(intake),
                    IntakeApi.NewContact.followUp(Channel.PHONE, caseId, c.followUps.get(i).atOffset(PAKISTAN)))
                    .withIdempotencyKey("demo-" + YEAR + "-" + c.index + "-follow-up-" + (i + 1)), 201);
        }
    }

    private void caseWork(PlannedCase c) throws Exception {
        if (c.category == null) {
            return;
        }
        UUID caseId = caseIds.get(c.index);
        Answer read = awaitCase(caseId, c.followUps.size());
        if (read.as(CaseApi.CaseRead.class).classification() != null) {
            skipped.incrementAndGet();
            return;
        }
        String etag = command(caseId, "classification", new CaseApi.Classification(c.category, c.types, c.platforms,
                c.harasserGender, c.relationship, c.mentalHealthConcern), read.requiredEtag());
        for (Service service : c.services) {
            etag = command(caseId, "services", new CaseApi.ServiceGiven(service), etag);
        }
        if (c.escalationPlatform != null) {
            UUID id = client.send(Request.post(EscalationApi.escalations(escalations),
                    new EscalationApi.NewEscalation(caseId, c.escalationPlatform, reason(c))), 201)
                    .as(EscalationApi.Sent.class).escalationId();
            if (c.escalationOutcome != null) {
                client.send(Request.post(EscalationApi.resolution(escalations, id),
                        new EscalationApi.Resolution(c.escalationOutcome)), 200);
            }
        }
        for (PlannedReferral r : c.referrals) {
            UUID id = client.send(Request.post(ReferralApi.referrals(referrals),
                    new ReferralApi.NewReferral(caseId, r.target(), r.city(), r.wing())), 201)
                    .as(ReferralApi.Referral.class).referralId();
            for (ReferralOutcome outcome : r.outcomes()) {
                client.send(Request.post(ReferralApi.outcome(referrals, id), new ReferralApi.Outcome(outcome)), 200);
            }
        }
    }

    private static EscalationReason reason(PlannedCase c) {
        return REASONS.entrySet().stream().filter(e -> c.types.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(EscalationReason.HARASSMENT);
    }

    private static Map<ComplaintType, EscalationReason> reasons() {
        Map<ComplaintType, EscalationReason> reasons = new LinkedHashMap<>();
        reasons.put(ComplaintType.NCII, EscalationReason.NCII);
        reasons.put(ComplaintType.NCUI, EscalationReason.NCUI);
        reasons.put(ComplaintType.NCEDITS, EscalationReason.NCII);
        reasons.put(ComplaintType.IMPERSONATION, EscalationReason.IMPERSONATION);
        reasons.put(ComplaintType.FAKE_PROFILE, EscalationReason.FAKE_PROFILE);
        reasons.put(ComplaintType.HACKING, EscalationReason.HACKED_ACCOUNT);
        reasons.put(ComplaintType.DEFAMATION, EscalationReason.DEFAMATION);
        reasons.put(ComplaintType.HATE_SPEECH, EscalationReason.HATE_SPEECH);
        return Collections.unmodifiableMap(reasons);
    }

    /** Reads the case until case-service has it with all its follow-ups (they arrive through Kafka). */
    private Answer awaitCase(UUID caseId, int followUps) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            Answer read = client.send(Request.get(CaseApi.caseUrl(cases, caseId)), -1);
            if (read.status() == 200 && read.as(CaseApi.CaseRead.class).followUps() == followUps) {
                return read;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("case " + caseId + " did not reach case-service with its "
                        + followUps + " follow-ups: " + read.status() + " " + read.body());
            }
            Thread.sleep(50);
        }
    }

    /** A case command with If-Match, as a careful client sends it: on 409, read the case again and retry. */
    private String command(UUID caseId, String path, Object body, String etag) throws Exception {
        String url = CaseApi.caseUrl(cases, caseId) + "/" + path;
        for (int attempt = 0; attempt < 20; attempt++) {
            Answer sent = client.send(Request.post(url, body).withIfMatch(etag), -1);
            if (sent.status() == 200) {
                return sent.requiredEtag();
            }
            if (sent.status() != 409) {
                throw new IllegalStateException("POST " + path + " of " + caseId + " answered " + sent.status()
                        + ": " + sent.body());
            }
            etag = client.send(Request.get(CaseApi.caseUrl(cases, caseId)), 200).requiredEtag();
        }
        throw new IllegalStateException("case " + caseId + " kept moving: " + path + " not recorded");
    }
}
