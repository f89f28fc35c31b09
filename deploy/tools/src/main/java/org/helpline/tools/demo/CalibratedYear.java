package org.helpline.tools.demo;

import static org.helpline.contracts.vocabulary.ReferralTarget.FIA;
import static org.helpline.contracts.vocabulary.ReferralTarget.LAWYER;
import static org.helpline.contracts.vocabulary.ReferralTarget.MENTAL_HEALTH;
import static org.helpline.contracts.vocabulary.ReferralTarget.POLICE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Service;

/**
 * The calibrated demo year: a deterministic synthetic 2023 that reproduces every figure the helpline's
 * 2023 report publishes (2,473 new cases, 619 follow-ups, the category split of Fig 2.1, the complaint-type
 * × gender table exactly, 177 escalations of which 124 to Meta with TikTok resolving 77.8%, 1,278 FIA
 * referrals with 67.6% from wing cities ...).
 *
 * <p>Where the report gives no number, the plan says which assumption it makes ("assumed:"). Where the
 * report's own figures cannot all hold at once, it says which one it keeps ("conflict:"). All choices are
 * drawn from one seeded {@link Random}, in one order (see {@link Draws}), so every run plans the same year.
 */
final class CalibratedYear {

    static final int YEAR = 2023;
    static final ZoneOffset PAKISTAN = ZoneOffset.ofHours(5);

    private final Draws draws;

    private CalibratedYear(Random random) {
        this.draws = new Draws(random);
    }

    /** The year, seeded with its number as it always was. */
    static List<PlannedCase> plan() {
        return new CalibratedYear(new Random(YEAR)).planned();
    }

    private List<PlannedCase> planned() {
        List<PlannedCase> cases = openingTimes();
        draws.assign(cases, Counts.of(Gender.FEMALE, 1371).and(Gender.MALE, 980).and(Gender.NON_BINARY, 2)
                .and(Gender.TRANS_WOMAN, 34).and(Gender.TRANS_MAN, 4).and(Gender.UNDISCLOSED, 82), (c, v) -> c.gender = v);
        new Complainants(draws).describe(cases);
        new Classifications(draws).classify(cases);
        EscalationsAndReferrals beyondTheCall = new EscalationsAndReferrals(draws);
        beyondTheCall.escalate(cases);
        beyondTheCall.refer(cases);
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
                times.add(first.plusDays(draws.nextInt(first.lengthOfMonth()))
                        .atTime(9 + draws.nextInt(8), draws.nextInt(60), draws.nextInt(60)));
            }
        }
        Collections.sort(times);
        List<PlannedCase> cases = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            cases.add(new PlannedCase(i, times.get(i)));
        }
        return cases;
    }

    /**
     * "619 out of 3092 calls being follow-ups" (assumed: 520 cases called back once, 42 twice, 5 three
     * times, within three weeks and within the year).
     */
    private void followUps(List<PlannedCase> cases) {
        List<PlannedCase> early = cases.stream().filter(c -> c.openedAt.isBefore(LocalDateTime.of(YEAR, 12, 1, 0, 0)))
                .toList();
        draws.assign(early, Counts.of(1, 520).and(2, 42).and(3, 5).and(0, early.size() - 567), (c, calls) -> {
            for (int i = 1; i <= calls; i++) {
                c.followUps.add(c.openedAt.plusDays(i * (1 + draws.nextInt(7))).withHour(10 + draws.nextInt(6)));
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
    private static void services(List<PlannedCase> cases) {
        int inPerson = 0;
        for (PlannedCase c : cases) {
            if (c.category == null) {
                continue;
            }
            boolean legal = c.referredTo(FIA) || c.referredTo(POLICE) || c.referredTo(LAWYER);
            if (c.category == Category.GENERAL_INQUIRY) {
                c.services.add(Service.GENERAL_INFORMATION);
            } else if (legal || c.category == Category.DOMESTIC_ISSUE || c.category == Category.PHYSICAL_HARASSMENT
                    || c.category == Category.WORKPLACE_HARASSMENT) {
                c.services.add(Service.LEGAL_ADVICE);
            }
            if ((c.cyberHarassment() && !legal) || c.category == Category.OTHER_DIGITAL_ISSUE
                    || c.has(ComplaintType.HACKING, ComplaintType.PHISHING, ComplaintType.LOGIN_ISSUES)) {
                c.services.add(Service.DIGITAL_SECURITY_ADVICE);
            }
            if (c.escalationPlatform != null) {
                c.services.add(Service.PLATFORM_ESCALATION);
            }
            if (!c.referrals.isEmpty()) {
                c.services.add(Service.REFERRAL);
            }
            if (c.mentalHealthConcern || c.referredTo(MENTAL_HEALTH) || c.cyberHarassment() && c.index % 8 == 0) {
                c.services.add(Service.PSYCHOLOGICAL_SUPPORT);
            }
            if (inPerson < 60 && "Lahore".equals(c.city) && c.referredTo(FIA)) {
                c.services.add(Service.IN_PERSON_ASSISTANCE);
                inPerson++;
            }
        }
    }
}
