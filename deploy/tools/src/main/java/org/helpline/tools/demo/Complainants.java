package org.helpline.tools.demo;

import static org.helpline.contracts.vocabulary.AgeBand.AGE_18_30;
import static org.helpline.contracts.vocabulary.AgeBand.AGE_31_40;
import static org.helpline.contracts.vocabulary.AgeBand.AGE_41_50;
import static org.helpline.contracts.vocabulary.AgeBand.AGE_51_PLUS;
import static org.helpline.contracts.vocabulary.AgeBand.UNDER_18;
import static org.helpline.contracts.vocabulary.CallerType.ON_BEHALF;
import static org.helpline.contracts.vocabulary.CallerType.SELF;
import static org.helpline.contracts.vocabulary.Gender.FEMALE;
import static org.helpline.contracts.vocabulary.Gender.MALE;
import static org.helpline.contracts.vocabulary.Gender.NON_BINARY;
import static org.helpline.contracts.vocabulary.Gender.TRANS_MAN;
import static org.helpline.contracts.vocabulary.Gender.TRANS_WOMAN;
import static org.helpline.contracts.vocabulary.Gender.UNDISCLOSED;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.SourceOfContact;

/** Who called: channel, age, caller, how they heard of the helpline, occupation, community, where they live. */
final class Complainants {

    /** A city (intake finds its province in its gazetteer), or only a province when no city can be given. */
    private record Location(String city, Province province) {
    }

    private final Draws draws;

    Complainants(Draws draws) {
        this.draws = draws;
    }

    void describe(List<PlannedCase> cases) {
        // "the helpline is the primary mode of communication, with 2198 new callers"
        draws.assign(cases, Counts.of(Channel.PHONE, 2198).and(Channel.SOCIAL_MEDIA, 160).and(Channel.EMAIL, 115),
                (c, v) -> c.channel = v);
        // Fig 3.1 (assumed counts): 18-30 the largest band; above 30, men outnumber women in every band
        ages(cases, FEMALE, Counts.of(UNDER_18, 120).and(AGE_18_30, 850).and(AGE_31_40, 200).and(AGE_41_50, 80)
                .and(AGE_51_PLUS, 30).and(AgeBand.UNKNOWN, 91));
        ages(cases, MALE, Counts.of(UNDER_18, 60).and(AGE_18_30, 400).and(AGE_31_40, 260).and(AGE_41_50, 140)
                .and(AGE_51_PLUS, 60).and(AgeBand.UNKNOWN, 60));
        ages(cases, NON_BINARY, Counts.of(AGE_18_30, 2));
        ages(cases, TRANS_WOMAN, Counts.of(UNDER_18, 2).and(AGE_18_30, 22).and(AGE_31_40, 8).and(AgeBand.UNKNOWN, 2));
        ages(cases, TRANS_MAN, Counts.of(AGE_18_30, 3).and(AGE_31_40, 1));
        ages(cases, UNDISCLOSED, Counts.of(UNDER_18, 4).and(AGE_18_30, 20).and(AGE_31_40, 8).and(AgeBand.UNKNOWN, 50));
        // "Out of the 1371 cases where a woman was targeted, 79% were reported by the complainant herself"
        draws.assignWithin(cases, FEMALE, Counts.of(SELF, 1083).and(ON_BEHALF, 288), (c, v) -> c.callerType = v);
        draws.assignWithin(cases, MALE, Counts.of(SELF, 850).and(ON_BEHALF, 130), (c, v) -> c.callerType = v);
        draws.assignWithin(cases, NON_BINARY, Counts.of(SELF, 2), (c, v) -> c.callerType = v);
        draws.assignWithin(cases, TRANS_WOMAN, Counts.of(SELF, 30).and(ON_BEHALF, 4), (c, v) -> c.callerType = v);
        draws.assignWithin(cases, TRANS_MAN, Counts.of(SELF, 4), (c, v) -> c.callerType = v);
        draws.assignWithin(cases, UNDISCLOSED, Counts.of(SELF, 50).and(ON_BEHALF, 32), (c, v) -> c.callerType = v);
        // Fig 10.1: 67% social media, 4% a friend, 4% a DRF team member (assumed: the rest as below)
        draws.assign(cases, Counts.of(SourceOfContact.SOCIAL_MEDIA, 1657).and(SourceOfContact.FRIEND_OR_FAMILY, 99)
                .and(SourceOfContact.DRF_TEAM_MEMBER, 99).and(SourceOfContact.SEARCH_ENGINE, 230)
                .and(SourceOfContact.NEWS_MEDIA, 60).and(SourceOfContact.AWARENESS_SESSION, 45)
                .and(SourceOfContact.LAW_ENFORCEMENT, 90).and(SourceOfContact.OTHER_ORGANISATION, 70)
                .and(SourceOfContact.OTHER, 40).and(SourceOfContact.UNKNOWN, 83), (c, v) -> c.source = v);
        // Fig 6.1, vulnerable occupations (assumed counts)
        draws.assign(cases, Counts.of(Occupation.JOURNALIST, 45).and(Occupation.ACTIVIST, 30)
                .and(Occupation.HUMAN_RIGHTS_DEFENDER, 15).and(Occupation.POLITICIAN, 12).and(Occupation.LAWYER, 20)
                .and(Occupation.ARTIST, 25).and(Occupation.STUDENT, 600).and(Occupation.TEACHER, 80)
                .and(Occupation.CIVIL_SOCIETY, 20).and(Occupation.OTHER, 700).and(Occupation.NONE, 926),
                (c, v) -> c.occupation = v);
        // Fig 6.2: the transgender community (every trans and non-binary complainant); others assumed
        List<PlannedCase> cis = new ArrayList<>();
        for (PlannedCase c : cases) {
            if (Set.of(TRANS_WOMAN, TRANS_MAN, NON_BINARY).contains(c.gender)) {
                c.community = Community.TRANSGENDER;
            } else {
                cis.add(c);
            }
        }
        draws.assign(cis, Counts.of(Community.RELIGIOUS_MINORITY, 25).and(Community.ETHNIC_MINORITY, 15)
                .and(Community.PERSON_WITH_DISABILITY, 10).and(Community.NONE, cis.size() - 50),
                (c, v) -> c.community = v);
        locations(cases);
    }

    private void ages(List<PlannedCase> cases, Gender gender, Counts<AgeBand> bands) {
        draws.assignWithin(cases, gender, bands, (c, v) -> c.ageBand = v);
    }

    /**
     * Fig 4.1/4.2 (assumed counts): Punjab the most complaints; none from Gilgit-Baltistan or Gwadar
     * although both have a wing. 1,710 cases from the 13 other wing cities, 688 from 39 other cities,
     * 60 whose city is not known, 15 from outside Pakistan.
     */
    private void locations(List<PlannedCase> cases) {
        Counts<Location> slots = Counts.of(city("Lahore"), 520).and(city("Karachi"), 300).and(city("Islamabad"), 230)
                .and(city("Rawalpindi"), 170).and(city("Faisalabad"), 110).and(city("Multan"), 100)
                .and(city("Peshawar"), 90).and(city("Gujranwala"), 60).and(city("Hyderabad"), 45)
                .and(city("Quetta"), 30).and(city("Sukkur"), 25).and(city("Abbottabad"), 20)
                .and(city("Dera Ismail Khan"), 10)
                .and(city("Sialkot"), 60).and(city("Bahawalpur"), 50).and(city("Sargodha"), 45)
                .and(city("Sheikhupura"), 30).and(city("Gujrat"), 30).and(city("Sahiwal"), 35)
                .and(city("Rahim Yar Khan"), 35).and(city("Mardan"), 32).and(city("Jhang"), 25)
                .and(city("Dera Ghazi Khan"), 25).and(city("Kasur"), 24).and(city("Okara"), 22)
                .and(city("Larkana"), 20).and(city("Mingora"), 20).and(city("Muzaffarabad"), 20)
                .and(city("Jhelum"), 18).and(city("Wah Cantonment"), 16).and(city("Chiniot"), 14)
                .and(city("Nawabshah"), 14).and(city("Kohat"), 12).and(city("Mirpur"), 12).and(city("Khanewal"), 12)
                .and(city("Mansehra"), 11).and(city("Attock"), 10).and(city("Vehari"), 10).and(city("Chakwal"), 10)
                .and(city("Mirpur Khas"), 9).and(city("Turbat"), 8).and(city("Nowshera"), 8).and(city("Bannu"), 7)
                .and(city("Khuzdar"), 6).and(city("Zhob"), 5).and(city("Chitral"), 4).and(city("Kotli"), 4)
                .and(city("Taxila"), 5).and(city("Haripur"), 6).and(city("Swabi"), 5).and(city("Hub"), 3)
                .and(city("Narowal"), 6)
                .and(new Location(null, Province.UNKNOWN), 60).and(new Location(null, Province.OUTSIDE_PAKISTAN), 15);
        draws.assign(cases, slots, (c, v) -> {
            c.city = v.city();
            c.province = v.province();
        });
    }

    private static Location city(String name) {
        return new Location(name, null);
    }
}
