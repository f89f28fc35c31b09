package org.helpline.tools.demo;

import static org.helpline.contracts.vocabulary.ComplaintType.BLACKMAILING;
import static org.helpline.contracts.vocabulary.ComplaintType.NCEDITS;
import static org.helpline.contracts.vocabulary.ComplaintType.NCII;
import static org.helpline.contracts.vocabulary.ComplaintType.NCUI;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Relationship;

/** What each complaint is: category, complaint types, platforms, the harasser and the relationship. */
final class Classifications {

    /** In the order the plan draws them (Gender's order). */
    static final List<Gender> GENDERS = List.of(Gender.FEMALE, Gender.MALE, Gender.NON_BINARY, Gender.TRANS_WOMAN,
            Gender.TRANS_MAN, Gender.UNDISCLOSED);
    /** In this order: the one with the most cases left wins a tie, the first written among equals. */
    static final List<ComplaintType> IMAGE_ABUSE = List.of(NCII, NCUI, NCEDITS);

    /**
     * Cases outside cyber harassment carry one type each, the type that explains their category
     * (assumed: general inquiries are the INFORMATION_REQUEST, FIA_RELATED and some OTHER rows, other
     * digital issues the LOGIN_ISSUES, STOLEN_DEVICE and COPYRIGHT_ISSUE rows, domestic issues GBV and
     * PHYSICAL_VIOLENCE). With these, Fig 2.1's six categories come out exactly: 248 such cases and
     * 2,224 of cyber harassment. {@code category} null: one of the other categories, drawn below.
     */
    private record Dedicated(ComplaintType type, Category category, int female, int male, int transWoman,
            int undisclosed) {

        int count(Gender gender) {
            return switch (gender) {
                case FEMALE -> female;
                case MALE -> male;
                case TRANS_WOMAN -> transWoman;
                case UNDISCLOSED -> undisclosed;
                default -> 0;
            };
        }
    }

    private static final List<Dedicated> DEDICATED = List.of(
            new Dedicated(ComplaintType.INFORMATION_REQUEST, Category.GENERAL_INQUIRY, 30, 36, 0, 47),
            new Dedicated(ComplaintType.FIA_RELATED, Category.GENERAL_INQUIRY, 6, 13, 0, 3),
            new Dedicated(ComplaintType.LOGIN_ISSUES, Category.OTHER_DIGITAL_ISSUE, 15, 14, 3, 7),
            new Dedicated(ComplaintType.STOLEN_DEVICE, Category.OTHER_DIGITAL_ISSUE, 5, 7, 0, 0),
            new Dedicated(ComplaintType.COPYRIGHT_ISSUE, Category.OTHER_DIGITAL_ISSUE, 1, 0, 1, 0),
            new Dedicated(ComplaintType.GBV, Category.DOMESTIC_ISSUE, 7, 0, 0, 0),
            new Dedicated(ComplaintType.PHYSICAL_VIOLENCE, Category.DOMESTIC_ISSUE, 12, 5, 0, 1),
            new Dedicated(ComplaintType.OTHER, null, 15, 17, 0, 3));

    private final Draws draws;

    Classifications(Draws draws) {
        this.draws = draws;
    }

    void classify(List<PlannedCase> cases) {
        // conflict: Fig 2.1's categories add up to 2,472, one less than the 2,473 cases: one case
        // (a complainant who did not give her gender) was never classified
        PlannedCase neverClassified = Draws.byGender(cases, Gender.UNDISCLOSED).get(0);
        Map<ComplaintType, Map<Gender, Integer>> table = ComplaintTable.read();
        Map<Gender, List<PlannedCase>> chByGender = new LinkedHashMap<>();
        List<PlannedCase> otherOnly = new ArrayList<>();
        for (Gender gender : GENDERS) {
            List<PlannedCase> mine = new ArrayList<>(Draws.byGender(cases, gender).stream()
                    .filter(c -> c != neverClassified).toList());
            draws.shuffle(mine);
            int next = 0;
            for (Dedicated row : DEDICATED) {
                for (int i = 0; i < row.count(gender); i++) {
                    PlannedCase c = mine.get(next++);
                    c.types.add(row.type());
                    c.category = row.category();
                    if (row.category() == null) {
                        otherOnly.add(c);
                    }
                    table.get(row.type()).merge(gender, -1, Integer::sum);
                }
            }
            List<PlannedCase> ch = mine.subList(next, mine.size());
            ch.forEach(c -> c.category = Category.CYBER_HARASSMENT);
            chByGender.put(gender, new ArrayList<>(ch));
        }
        otherOnly.sort(Comparator.comparingInt(c -> c.index));
        draws.assign(otherOnly, Counts.of(Category.GENERAL_INQUIRY, 16).and(Category.DOMESTIC_ISSUE, 1)
                .and(Category.PHYSICAL_HARASSMENT, 10).and(Category.WORKPLACE_HARASSMENT, 8), (c, v) -> c.category = v);

        // Fig 8.1: 26% of the 460 blackmailing cases also involved NCII/NCUI/NCEDITS = 120 cases.
        // conflict: Fig 8.2's 48% (image abuse that was also blackmail) cannot hold at the same time,
        // as NCUI alone has 334 cases: 48% of them would be 160 blackmailing cases, 35% of 460.
        // Fig 8.1 is kept; 8.2 comes out as 120 of the image-abuse cases.
        Map<Gender, Integer> overlap = Map.of(Gender.FEMALE, 110, Gender.MALE, 10);
        chByGender.forEach((gender, ch) -> typesOfCyberHarassment(gender, ch, table, overlap.getOrDefault(gender, 0)));
        platforms(cases);
        harassers(cases);
    }

    /**
     * Gives each cyber-harassment case of one gender at least one type, so that every row of the table
     * gets its exact count for this gender: the fewest-typed cases first, never a type twice, and
     * blackmailing with image abuse together only in the {@code overlap} cases chosen first.
     */
    private void typesOfCyberHarassment(Gender gender, List<PlannedCase> ch, Map<ComplaintType, Map<Gender, Integer>> table,
            int overlap) {
        Map<ComplaintType, Integer> left = new LinkedHashMap<>();
        table.forEach((type, counts) -> {
            int n = counts.getOrDefault(gender, 0);
            if (n > 0) {
                left.put(type, n);
            }
        });
        for (int i = 0; i < overlap; i++) {
            PlannedCase c = ch.get(i);
            ComplaintType image = IMAGE_ABUSE.stream().max(Comparator.comparingInt(t -> left.getOrDefault(t, 0)))
                    .orElseThrow();
            c.types.add(BLACKMAILING);
            c.types.add(image);
            left.merge(BLACKMAILING, -1, Integer::sum);
            left.merge(image, -1, Integer::sum);
        }
        Set<PlannedCase> overlapping = new HashSet<>(ch.subList(0, overlap));
        // by name among equals, as the plan was first written with the types as text
        List<ComplaintType> order = left.keySet().stream()
                .sorted(Comparator.comparingInt((ComplaintType t) -> -left.get(t)).thenComparing(Enum::name)).toList();
        for (ComplaintType type : order) {
            int n = left.get(type);
            List<PlannedCase> eligible = ch.stream().filter(c -> !c.types.contains(type))
                    .filter(c -> overlapping.contains(c) ? type != BLACKMAILING && !IMAGE_ABUSE.contains(type)
                            : type == BLACKMAILING ? !c.has(NCII, NCUI, NCEDITS)
                                    : !IMAGE_ABUSE.contains(type) || !c.has(BLACKMAILING))
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
                .filter(c -> c.cyberHarassment() || c.category == Category.OTHER_DIGITAL_ISSUE).toList());
        List<PlannedCase> loanApps = named.stream()
                .filter(c -> c.has(ComplaintType.FINANCIAL_FRAUD) && c.openedAt.getMonthValue() <= 7)
                .collect(Collectors.toList());
        draws.shuffle(loanApps);
        loanApps.subList(0, 260).forEach(c -> c.platforms.add(Platform.LOAN_APP));
        named.removeIf(c -> !c.platforms.isEmpty());
        draws.assign(named, Counts.of(Platform.WHATSAPP, 520).and(Platform.FACEBOOK, 480).and(Platform.INSTAGRAM, 266)
                .and(Platform.TIKTOK, 150).and(Platform.X, 60).and(Platform.YOUTUBE, 40).and(Platform.SNAPCHAT, 45)
                .and(Platform.TELEGRAM, 30).and(Platform.LINKEDIN, 10).and(Platform.EMAIL, 55)
                .and(Platform.PHONE_SMS, 210).and(Platform.DATING_APP, 20).and(Platform.WEBSITE, 45)
                .and(Platform.OTHER, 86), (c, v) -> c.platforms.add(v));
    }

    /**
     * Fig 5.3 (assumed counts) and Fig 5.4: "about 30%" were or had been in a romantic relationship
     * with the harasser (742 of 2,472 classified cases) and "approximately 50%" knew the harasser
     * personally (1,236, the romantic ones included); romantic relationships lean towards blackmail and
     * image abuse. 21 calls about suspected mental-health issues ("cyber paranoia").
     */
    private void harassers(List<PlannedCase> cases) {
        List<PlannedCase> classified = cases.stream().filter(c -> c.category != null).toList();
        draws.assign(classified, Counts.of(HarasserGender.MALE, 1533).and(HarasserGender.FEMALE, 198)
                .and(HarasserGender.UNKNOWN, 667).and(HarasserGender.MULTIPLE, 74), (c, v) -> c.harasserGender = v);
        Map<PlannedCase, Double> closeness = new HashMap<>();
        classified.forEach(c -> closeness.put(c, draws.nextDouble()
                - (c.has(BLACKMAILING, NCII, NCUI, NCEDITS) ? 0.5 : 0)
                + (c.has(ComplaintType.FINANCIAL_FRAUD, ComplaintType.PHISHING, ComplaintType.SOCIAL_ENGINEERING) ? 0.5 : 0)));
        List<PlannedCase> byCloseness = new ArrayList<>(classified);
        byCloseness.sort(Comparator.comparingDouble(closeness::get));
        List<Relationship> relationships = new ArrayList<>(draws.quota(Counts.of(Relationship.SPOUSE, 90)
                .and(Relationship.EX_SPOUSE, 60).and(Relationship.PARTNER, 150).and(Relationship.EX_PARTNER, 380)
                .and(Relationship.FIANCE, 62)));
        relationships.addAll(draws.quota(Counts.of(Relationship.FRIEND, 200).and(Relationship.FAMILY, 150)
                .and(Relationship.COLLEAGUE, 80).and(Relationship.NEIGHBOUR, 64)));
        relationships.addAll(draws.quota(Counts.of(Relationship.ONLINE_ACQUAINTANCE, 300)
                .and(Relationship.STRANGER, 700).and(Relationship.UNKNOWN, 236)));
        for (int i = 0; i < byCloseness.size(); i++) {
            byCloseness.get(i).relationship = relationships.get(i);
        }
        draws.assign(classified, Counts.of(true, 21).and(false, classified.size() - 21),
                (c, v) -> c.mentalHealthConcern = v);
    }
}
