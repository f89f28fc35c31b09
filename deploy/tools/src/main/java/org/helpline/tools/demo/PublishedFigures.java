package org.helpline.tools.demo;

import static org.helpline.contracts.vocabulary.ComplaintType.BLACKMAILING;
import static org.helpline.contracts.vocabulary.ComplaintType.NCEDITS;
import static org.helpline.contracts.vocabulary.ComplaintType.NCII;
import static org.helpline.contracts.vocabulary.ComplaintType.NCUI;
import static org.helpline.contracts.vocabulary.ReferralTarget.FIA;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Platform;

/**
 * The figures the report publishes, computed from the plan: what the loaded report must show. The
 * complaint table and the categories are checked here, so a wrong plan never reaches the services.
 */
final class PublishedFigures {

    private PublishedFigures() {
    }

    static void check(List<PlannedCase> year) {
        Map<ComplaintType, Map<Gender, Integer>> planned = new LinkedHashMap<>();
        Map<Category, Integer> categories = new LinkedHashMap<>();
        for (PlannedCase c : year) {
            c.types.forEach(t -> planned.computeIfAbsent(t, k -> new LinkedHashMap<>()).merge(c.gender, 1, Integer::sum));
            if (c.category != null) {
                categories.merge(c.category, 1, Integer::sum);
            }
        }
        Map<ComplaintType, Map<Gender, Integer>> published = ComplaintTable.read();
        published.values().forEach(row -> row.values().removeIf(n -> n == 0));
        if (!planned.equals(published)) {
            throw new IllegalStateException("the plan misses the complaint table: " + planned + " vs " + published);
        }
        if (!categories.equals(Map.of(Category.CYBER_HARASSMENT, 2224, Category.GENERAL_INQUIRY, 151,
                Category.OTHER_DIGITAL_ISSUE, 53, Category.DOMESTIC_ISSUE, 26, Category.PHYSICAL_HARASSMENT, 10,
                Category.WORKPLACE_HARASSMENT, 8))) {
            throw new IllegalStateException("the plan misses Fig 2.1: " + categories);
        }
    }

    /** Checks the plan (see above), then prints its headline figures. */
    static void print(List<PlannedCase> year) {
        check(year);
        long classified = year.stream().filter(c -> c.category != null).count();
        long women = year.stream().filter(c -> c.gender == Gender.FEMALE).count();
        long womenThemselves = year.stream().filter(c -> c.gender == Gender.FEMALE && c.callerType == CallerType.SELF)
                .count();
        long fia = year.stream().filter(c -> c.referredTo(FIA)).count();
        long wing = year.stream().filter(c -> c.referredTo(FIA) && c.city != null
                && EscalationsAndReferrals.WING_CITIES.contains(c.city)).count();
        long escalations = year.stream().filter(c -> c.escalationPlatform != null).count();
        long meta = year.stream().filter(c -> c.escalationPlatform != null && c.escalationPlatform.isMeta()).count();
        long mentions = year.stream().mapToLong(c -> c.platforms.size()).sum();
        long metaMentions = year.stream().flatMap(c -> c.platforms.stream()).filter(Platform::isMeta).count();
        long tiktok = year.stream().filter(c -> c.escalationPlatform == Platform.TIKTOK).count();
        long tiktokResolved = year.stream().filter(c -> c.escalationPlatform == Platform.TIKTOK
                && c.escalationOutcome == EscalationOutcome.RESOLVED).count();
        long blackmail = year.stream().filter(c -> c.has(BLACKMAILING)).count();
        long both = year.stream().filter(c -> c.has(BLACKMAILING) && c.has(NCII, NCUI, NCEDITS)).count();
        long images = year.stream().filter(c -> c.has(NCII, NCUI, NCEDITS)).count();
        System.out.printf("The calibrated year %d: %d cases (%d classified), %d follow-ups, %d women (%d%% reported "
                + "by herself), %d escalations (%d to Meta), %d FIA referrals (%d from wing cities).%n",
                CalibratedYear.YEAR, year.size(), classified, year.stream().mapToInt(c -> c.followUps.size()).sum(),
                women, Math.round(100.0 * womenThemselves / women), escalations, meta, fia, wing);
        System.out.printf("Meta %.1f%% of %d platform mentions; TikTok resolved %d of %d (%.1f%%); blackmailing "
                + "with image abuse %d of %d (%.0f%%), image abuse with blackmailing %d of %d (%.0f%%).%n",
                100.0 * metaMentions / mentions, mentions, tiktokResolved, tiktok, 100.0 * tiktokResolved / tiktok,
                both, blackmail, 100.0 * both / blackmail, both, images, 100.0 * both / images);
    }
}
