package org.helpline.intake.contact;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.helpline.contracts.contacts.CaseOpened;
import org.helpline.contracts.vocabulary.Community;
import org.helpline.contracts.vocabulary.Occupation;
import org.helpline.contracts.vocabulary.Province;
import org.helpline.contracts.vocabulary.SourceOfContact;
import org.helpline.geo.City;
import org.helpline.geo.Gazetteer;
import org.helpline.intake.IntakeSettings;
import org.helpline.intake.contact.domain.CaseIdentity;
import org.helpline.intake.contact.domain.ReceiveContact;
import org.helpline.intake.contact.infrastructure.CaseNumbers;
import org.helpline.intake.contact.infrastructure.IntakeCase;
import org.helpline.intake.tracking.TrackingCodes;

/**
 * A first contact opens a case: the next number of the year it was received (in the helpline's time zone), a
 * tracking code given once and kept only as a hash, and the CaseOpened event with the complainant's profile.
 */
@ApplicationScoped
public class OpeningCase {

    /** A new case's receipt and the event that opens it. */
    public record Opened(ContactReceipt receipt, CaseOpened event) {
    }

    @Inject CaseNumbers caseNumbers;
    @Inject TrackingCodes trackingCodes;
    @Inject IntakeSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public Opened open(ReceiveContact command, UUID contactId, Instant receivedAt) {
        int year = receivedAt.atZone(settings.zone()).getYear();
        String caseNumber = CaseIdentity.caseNumber(year, caseNumbers.next(year));
        ContactReceipt receipt = new ContactReceipt(contactId, UUID.randomUUID(), caseNumber,
                CaseIdentity.newTrackingCode());
        IntakeCase opened = new IntakeCase();
        opened.caseId = receipt.caseId();
        opened.caseNumber = receipt.caseNumber();
        opened.trackingHash = trackingCodes.hash(receipt.trackingCode());
        opened.openedAt = receivedAt;
        opened.persist();
        return new Opened(receipt, caseOpened(command, receipt, receivedAt));
    }

    /**
     * The city as the gazetteer spells it ("Pindi" is Rawalpindi) and its province when none was given;
     * a city the gazetteer does not know is kept as given, with the province given or UNKNOWN.
     */
    private static CaseOpened caseOpened(ReceiveContact command, ContactReceipt receipt, Instant receivedAt) {
        ReceiveContact.Complainant who = command.complainant();
        Optional<City> city = Gazetteer.pakistan().find(who.city());
        String cityName = city.map(City::name).orElse(blankToNull(who.city()));
        Province province = who.province() != null ? who.province()
                : city.map(City::province).orElse(Province.UNKNOWN);
        return new CaseOpened(receipt.caseId(), receipt.contactId(), receipt.caseNumber(), receivedAt,
                command.channel(), who.ageBand(), who.gender(), cityName, province, who.callerType(),
                orDefault(who.sourceOfContact(), SourceOfContact.UNKNOWN),
                orDefault(who.occupation(), Occupation.NONE), orDefault(who.community(), Community.NONE));
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
