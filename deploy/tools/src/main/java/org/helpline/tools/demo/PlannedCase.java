package org.helpline.tools.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Category;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.EscalationOutcome;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.HarasserGender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Platform;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.ReferralTarget;
import org.helpline.contracts.vocabulary.Relationship;
import org.helpline.contracts.vocabulary.Service;
import org.helpline.contracts.vocabulary.SourceOfContact;

/**
 * One case of the year, with everything that will be done to it. Mutable while {@link CalibratedYear}
 * plans it, step by step; read only by {@link DemoLoader} and {@link PublishedFigures}.
 */
final class PlannedCase {

    final int index;
    final LocalDateTime openedAt;
    Gender gender;
    Channel channel;
    AgeBand ageBand;
    String city; // null: not known or outside Pakistan, then the province says which
    Province province;
    CallerType callerType;
    SourceOfContact source;
    Occupation occupation;
    Community community;
    Category category; // null: never classified
    final List<ComplaintType> types = new ArrayList<>();
    final List<Platform> platforms = new ArrayList<>();
    HarasserGender harasserGender;
    Relationship relationship;
    boolean mentalHealthConcern;
    final List<LocalDateTime> followUps = new ArrayList<>();
    final List<Service> services = new ArrayList<>();
    Platform escalationPlatform;
    EscalationOutcome escalationOutcome; // null: still pending
    final List<PlannedReferral> referrals = new ArrayList<>();

    PlannedCase(int index, LocalDateTime openedAt) {
        this.index = index;
        this.openedAt = openedAt;
    }

    boolean cyberHarassment() {
        return category == Category.CYBER_HARASSMENT;
    }

    boolean has(ComplaintType... anyOf) {
        for (ComplaintType type : anyOf) {
            if (types.contains(type)) {
                return true;
            }
        }
        return false;
    }

    boolean referredTo(ReferralTarget target) {
        return referrals.stream().anyMatch(r -> r.target() == target);
    }
}
