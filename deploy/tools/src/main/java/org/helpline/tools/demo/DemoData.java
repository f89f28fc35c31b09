package org.helpline.tools.demo;

import static org.helpline.tools.demo.CalibratedYear.YEAR;

import java.net.http.HttpClient;
import java.util.List;

import org.helpline.tools.stackclient.AnalyticsApi;
import org.helpline.tools.stackclient.Json;
import org.helpline.tools.stackclient.StackClient;
import org.helpline.tools.stackclient.StackClient.Answer;

/**
 * {@code deploy/stack demo}: plans the calibrated year ({@link CalibratedYear}), prints its figures, and
 * loads it through the real REST APIs of intake, case, escalation and referral service
 * ({@link DemoLoader}). Arguments {@code INTAKE CASES ESCALATIONS REFERRALS ANALYTICS [WORKERS]}, or
 * {@code --plan-only} to see the plan's figures without loading anything. Running it again adds nothing:
 * every contact carries an Idempotency-Key, and a case that is already classified is left as it is (with
 * what was done to it then).
 */
public final class DemoData {

    private DemoData() {
    }

    public static void main(String[] args) throws Exception {
        List<PlannedCase> year = CalibratedYear.plan();
        PublishedFigures.print(year);
        if (args.length == 1 && args[0].equals("--plan-only")) {
            return;
        }
        String intake = args[0], cases = args[1], escalations = args[2], referrals = args[3], analytics = args[4];
        int workers = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        StackClient client = StackClient.asSupervisor(HttpClient.Version.HTTP_1_1);
        // Idempotency-Keys are kept 48 h: after that, only this check keeps a second run from adding a second year.
        // HELPLINE_DEMO_RESEND=1 skips it and sends every request again, so the keys alone must hold.
        long loaded = casesIn(client.get(AnalyticsApi.report(analytics, YEAR)));
        boolean resend = "1".equals(System.getenv("HELPLINE_DEMO_RESEND"));
        if (!resend && loaded >= year.size()) {
            System.out.println("The demo year " + YEAR + " is already loaded (" + loaded + " cases): nothing to do.");
            return;
        }
        new DemoLoader(new PatientClient(client), intake, cases, escalations, referrals, workers).load(year);
        Thread.sleep(1500); // let analytics catch up before the totals are shown; a figure, not a check
        Answer report = client.get(AnalyticsApi.report(analytics, YEAR));
        System.out.println("Report " + YEAR + " totals: " + (report.status() == 200
                ? Json.write(report.as(AnalyticsApi.Report.class).totals())
                : report.status() + " " + report.body()));
        // analytics' old page address sends a browser on to the console's report page
        System.out.println("Report page: " + analytics + "/reports/" + YEAR + "   JSON: " + analytics + "/api/reports/"
                + YEAR);
    }

    /** The cases the report counts so far; -1 while analytics has no report to give. */
    private static long casesIn(Answer report) {
        if (report.status() != 200) {
            return -1;
        }
        AnalyticsApi.Totals totals = report.as(AnalyticsApi.Report.class).totals();
        return totals == null ? -1 : totals.cases();
    }
}
