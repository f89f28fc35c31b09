package org.helpline.console.calltaking;

import java.util.List;

import org.helpline.console.page.CityNames;
import org.helpline.contracts.vocabulary.AgeBand;
import org.helpline.contracts.vocabulary.CallerType;
import org.helpline.contracts.vocabulary.Channel;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.ContactKind;
import org.helpline.contracts.vocabulary.Gender;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.SourceOfContact;

/** The choices of the contact form: DESIGN.md's vocabularies, and the gazetteer's cities as suggestions. */
public record ContactChoices(List<Channel> channels, List<ContactKind> kinds, List<AgeBand> ageBands,
        List<Gender> genders, List<Province> provinces, List<CallerType> callerTypes,
        List<SourceOfContact> sourcesOfContact, List<Occupation> occupations, List<Community> communities,
        List<String> cities) {

    public static final ContactChoices ALL = new ContactChoices(List.of(Channel.values()),
            List.of(ContactKind.values()), List.of(AgeBand.values()), List.of(Gender.values()),
            List.of(Province.values()), List.of(CallerType.values()), List.of(SourceOfContact.values()),
            List.of(Occupation.values()), List.of(Community.values()),
            CityNames.ALL);
}
