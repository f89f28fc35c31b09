package org.helpline.tools.demo;

import static org.helpline.contracts.vocabulary.EscalationOutcome.FORM_REQUESTED;
import static org.helpline.contracts.vocabulary.EscalationOutcome.NO_RESPONSE;
import static org.helpline.contracts.vocabulary.EscalationOutcome.RESOLVED;
import static org.helpline.contracts.vocabulary.EscalationOutcome.UNRESOLVED;
import static org.helpline.contracts.vocabulary.ReferralOutcome.COMPLAINT_REGISTERED;
import static org.helpline.contracts.vocabulary.ReferralOutcome.DECLINED;
import static org.helpline.contracts.vocabulary.ReferralOutcome.FIR_LODGED;
import static org.helpline.contracts.vocabulary.ReferralOutcome.NO_CONTACT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.ReferralOutcome;
import org.helpline.contracts.vocabulary.ReferralTarget;

/** What was done beyond the call: escalations to platforms, referrals to the FIA and others. */
final class EscalationsAndReferrals {

    static final Set<String> WING_CITIES = Set.of("Islamabad", "Lahore", "Karachi", "Peshawar", "Quetta",
            "Rawalpindi", "Multan", "Faisalabad", "Gujranwala", "Hyderabad", "Sukkur", "Abbottabad",
            "Dera Ismail Khan", "Gilgit", "Gwadar");

    /** An escalation the platform has not answered yet: no outcome to record. */
    private static final EscalationOutcome PENDING = null;

    private final Draws draws;

    EscalationsAndReferrals(Draws draws) {
        this.draws = draws;
    }

    /**
     * "The Helpline made 177 escalations ... Meta platforms, totaling 124, but the highest resolution
     * rate ... TikTok at 77.8%" (7 of 9). X's channel "completely disintegrated after May": nothing
     * sent to X for a case opened later was answered. Other counts and outcomes assumed.
     */
    void escalate(List<PlannedCase> cases) {
        escalations(cases, Platform.FACEBOOK, c -> true,
                Counts.of(RESOLVED, 30).and(UNRESOLVED, 20).and(FORM_REQUESTED, 8).and(NO_RESPONSE, 4));
        escalations(cases, Platform.INSTAGRAM, c -> true,
                Counts.of(RESOLVED, 22).and(UNRESOLVED, 10).and(FORM_REQUESTED, 5).and(NO_RESPONSE, 3));
        escalations(cases, Platform.WHATSAPP, c -> true,
                Counts.of(RESOLVED, 8).and(UNRESOLVED, 8).and(FORM_REQUESTED, 3).and(NO_RESPONSE, 3));
        escalations(cases, Platform.TIKTOK, c -> true, Counts.of(RESOLVED, 7).and(UNRESOLVED, 1).and(NO_RESPONSE, 1));
        escalations(cases, Platform.X, c -> c.openedAt.getMonthValue() <= 5,
                Counts.of(RESOLVED, 3).and(UNRESOLVED, 2).and(NO_RESPONSE, 3));
        escalations(cases, Platform.X, c -> c.openedAt.getMonthValue() > 5, Counts.of(NO_RESPONSE, 12));
        escalations(cases, Platform.YOUTUBE, c -> true, Counts.of(RESOLVED, 4).and(UNRESOLVED, 2).and(NO_RESPONSE, 2));
        escalations(cases, Platform.SNAPCHAT, c -> true, Counts.of(RESOLVED, 3).and(UNRESOLVED, 2).and(PENDING, 1));
        escalations(cases, Platform.TELEGRAM, c -> true, Counts.of(RESOLVED, 1).and(UNRESOLVED, 2).and(NO_RESPONSE, 2));
        escalations(cases, Platform.LINKEDIN, c -> true, Counts.of(RESOLVED, 2).and(UNRESOLVED, 2).and(NO_RESPONSE, 1));
    }

    private void escalations(List<PlannedCase> cases, Platform platform, Predicate<PlannedCase> when,
            Counts<EscalationOutcome> outcomes) {
        List<EscalationOutcome> planned = draws.quota(outcomes);
        List<PlannedCase> candidates = new ArrayList<>(cases.stream().filter(PlannedCase::cyberHarassment)
                .filter(c -> c.platforms.contains(platform) && c.escalationPlatform == null).filter(when).toList());
        draws.shuffle(candidates);
        if (candidates.size() < planned.size()) {
            throw new IllegalStateException(platform + ": " + planned.size() + " escalations, " + candidates.size()
                    + " cases");
        }
        for (int i = 0; i < planned.size(); i++) {
            candidates.get(i).escalationPlatform = platform;
            candidates.get(i).escalationOutcome = planned.get(i);
        }
    }

    /**
     * "Out of the 2224 cases of cyber harassment ..., 1278 (57.5%) were eventually referred to the
     * FIA ... 67.6% ... from one of 15 cities where an FIA cybercrime wing was located, whereas 392 ...
     * from other locations": 864 + 392, and 22 whose complainant did not say where she lives (the wing
     * chosen with her). Outcomes and the other referrals (Fig 7.2) assumed; "only 10 to 15 percent women
     * proceed with their cases legally" (the FIA officer) guides the FIR share.
     */
    void refer(List<PlannedCase> cases) {
        List<PlannedCase> ch = cases.stream().filter(PlannedCase::cyberHarassment).toList();
        List<List<ReferralOutcome>> fiaOutcomes = draws.quota(Counts.of(List.of(COMPLAINT_REGISTERED), 420)
                .and(List.of(COMPLAINT_REGISTERED, FIR_LODGED), 150)
                .and(List.of(COMPLAINT_REGISTERED, FIR_LODGED, ReferralOutcome.RESOLVED), 60)
                .and(List.of(NO_CONTACT), 200).and(List.of(DECLINED), 80).and(List.of(), 368));
        AtomicInteger next = new AtomicInteger();
        fia(ch, c -> c.city != null && WING_CITIES.contains(c.city), 864, fiaOutcomes, next);
        fia(ch, c -> c.city != null && !WING_CITIES.contains(c.city), 392, fiaOutcomes, next);
        fia(ch, c -> c.city == null && c.province == Province.UNKNOWN, 22, fiaOutcomes, next);
        List<PlannedCase> referable = new ArrayList<>(cases.stream().filter(c -> c.category != null
                && c.category != Category.GENERAL_INQUIRY && c.category != Category.OTHER_DIGITAL_ISSUE).toList());
        draws.shuffle(referable);
        referable.sort(Comparator.comparing((PlannedCase c) -> !c.mentalHealthConcern));
        List<ReferralTarget> others = draws.quota(Counts.of(ReferralTarget.MENTAL_HEALTH, 60)
                .and(ReferralTarget.LAWYER, 180).and(ReferralTarget.POLICE, 40).and(ReferralTarget.OTHER_ORGANISATION, 50));
        others.sort(Comparator.comparing(t -> t != ReferralTarget.MENTAL_HEALTH));
        List<List<ReferralOutcome>> lawyerOutcomes = draws.quota(Counts.of(List.of(ReferralOutcome.RESOLVED), 60)
                .and(List.of(NO_CONTACT), 40).and(List.<ReferralOutcome>of(), 80));
        int lawyers = 0;
        for (int i = 0; i < others.size(); i++) {
            ReferralTarget target = others.get(i);
            List<ReferralOutcome> outcomes = target == ReferralTarget.LAWYER ? lawyerOutcomes.get(lawyers++) : List.of();
            referable.get(i).referrals.add(new PlannedReferral(target, referable.get(i).city, null, outcomes));
        }
    }

    private void fia(List<PlannedCase> ch, Predicate<PlannedCase> from, int n, List<List<ReferralOutcome>> outcomes,
            AtomicInteger next) {
        List<PlannedCase> candidates = new ArrayList<>(ch.stream().filter(from).toList());
        draws.shuffle(candidates);
        if (candidates.size() < n) {
            throw new IllegalStateException("FIA referrals: " + n + " needed, " + candidates.size() + " cases");
        }
        for (PlannedCase c : candidates.subList(0, n)) {
            String wing = c.city == null ? List.of("Lahore", "Karachi", "Islamabad").get(draws.nextInt(3)) : null;
            c.referrals.add(new PlannedReferral(ReferralTarget.FIA, c.city, wing, outcomes.get(next.getAndIncrement())));
        }
    }
}
