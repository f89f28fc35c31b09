package org.helpline.referrals.fia;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.helpline.geo.City;
import org.helpline.geo.Gazetteer;

/**
 * The FIA cybercrime wings (DESIGN.md: 15 cities) and which one is nearest to a complainant. The
 * report's point: complainants from cities without a wing must travel, sometimes hundreds of km.
 */
public final class FiaWings {

    static final List<String> WING_CITIES = List.of("Islamabad", "Lahore", "Karachi", "Peshawar", "Quetta",
            "Rawalpindi", "Multan", "Faisalabad", "Gujranwala", "Hyderabad", "Sukkur", "Abbottabad",
            "Dera Ismail Khan", "Gilgit", "Gwadar");

    private final Gazetteer gazetteer;
    private final List<City> wings;

    public FiaWings(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.wings = WING_CITIES.stream()
                .map(name -> gazetteer.find(name).orElseThrow(() -> new IllegalStateException(name + " not in gazetteer")))
                .toList();
    }

    /**
     * The wing nearest to a complainant's city, with the great-circle distance rounded to whole km; for a
     * complainant whose city is not known, the wing chosen with her, and no city, distance or same-city flag.
     */
    public record NearestWing(String wing, String complainantCity, Integer distanceKm, Boolean sameCity) {
    }

    public List<City> wings() {
        return wings;
    }

    /** The wing in (or named like) {@code wingName}, for a complainant who did not say where she lives. */
    public Optional<NearestWing> chosenWithoutLocation(String wingName) {
        return gazetteer.find(wingName).filter(wings::contains)
                .map(wing -> new NearestWing(wing.name(), null, null, null));
    }

    public Optional<NearestWing> nearestTo(String cityName) {
        return gazetteer.find(cityName).map(city -> {
            City wing = wings.stream().min(Comparator.comparingDouble(city::distanceKmTo)).orElseThrow();
            return new NearestWing(wing.name(), city.name(), (int) Math.round(city.distanceKmTo(wing)),
                    wing.name().equals(city.name()));
        });
    }
}
