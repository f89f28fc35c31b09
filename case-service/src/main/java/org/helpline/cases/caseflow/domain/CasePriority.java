package org.helpline.cases.caseflow.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.Occupation;

/**
 * Which cases an associate should take first. The 2023 report describes the order the helpline works
 * in: threats of physical harm before anything else, then minors, then people whose occupation or
 * community makes them targets (women journalists and human-rights defenders, the transgender
 * community during the year's hate campaign), then everyone else by the age of their case.
 */
public enum CasePriority {
    /** A threat of, or actual, physical violence. */
    URGENT,
    /** The complainant is a minor. */
    HIGH,
    /** A vulnerable occupation or community. */
    ELEVATED,
    NORMAL;

    static final Set<ComplaintType> PHYSICAL_DANGER = EnumSet.of(ComplaintType.THREATS_OF_PHYSICAL_VIOLENCE,
            ComplaintType.PHYSICAL_VIOLENCE);
    static final Set<Occupation> VULNERABLE_OCCUPATIONS = EnumSet.of(Occupation.JOURNALIST, Occupation.ACTIVIST,
            Occupation.HUMAN_RIGHTS_DEFENDER, Occupation.POLITICIAN);
    static final Set<Community> VULNERABLE_COMMUNITIES = EnumSet.of(Community.TRANSGENDER,
            Community.RELIGIOUS_MINORITY, Community.ETHNIC_MINORITY, Community.PERSON_WITH_DISABILITY);

    /** Why a case is above NORMAL: what the people on the worklist are told. */
    public enum Reason {
        PHYSICAL_DANGER,
        MINOR,
        VULNERABLE_OCCUPATION,
        VULNERABLE_COMMUNITY
    }

    /** Lower is more urgent; the worklist sorts by it. */
    public int rank() {
        return ordinal();
    }

    static CasePriority of(CaseState state) {
        return reasonFor(state).map(CasePriority::of).orElse(NORMAL);
    }

    /** The first reason, in the report's order, that lifts the case above NORMAL; empty for a NORMAL case. */
    public static Optional<Reason> reasonFor(CaseState state) {
        if (state.classification() != null
                && state.classification().complaintTypes().stream().anyMatch(PHYSICAL_DANGER::contains)) {
            return Optional.of(Reason.PHYSICAL_DANGER);
        }
        if (state.ageBand() == AgeBand.UNDER_18) {
            return Optional.of(Reason.MINOR);
        }
        if (VULNERABLE_OCCUPATIONS.contains(state.occupation())) {
            return Optional.of(Reason.VULNERABLE_OCCUPATION);
        }
        if (VULNERABLE_COMMUNITIES.contains(state.community())) {
            return Optional.of(Reason.VULNERABLE_COMMUNITY);
        }
        return Optional.empty();
    }

    private static CasePriority of(Reason reason) {
        return switch (reason) {
            case PHYSICAL_DANGER -> URGENT;
            case MINOR -> HIGH;
            case VULNERABLE_OCCUPATION, VULNERABLE_COMMUNITY -> ELEVATED;
        };
    }
}
