package org.helpline.referrals.fia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import org.helpline.geo.City;
import org.helpline.geo.Gazetteer;

class FiaWingsTest {

    private final Gazetteer gazetteer = Gazetteer.pakistan();
    private final FiaWings wings = new FiaWings(gazetteer);

    @Test
    void everyWingCityIsItsOwnNearestWingAtZeroKm() {
        assertThat(wings.wings()).hasSize(15);
        for (City wing : wings.wings()) {
            FiaWings.NearestWing nearest = wings.nearestTo(wing.name()).orElseThrow();
            assertThat(nearest.wing()).isEqualTo(wing.name());
            assertThat(nearest.distanceKm()).isZero();
            assertThat(nearest.sameCity()).isTrue();
        }
    }

    @Test
    void complainantsFromCitiesWithoutAWingAreSentToTheNearestOne() {
        assertThat(wings.nearestTo("Bahawalpur").orElseThrow().wing()).isEqualTo("Multan");
        assertThat(wings.nearestTo("Sialkot").orElseThrow().wing()).isEqualTo("Gujranwala");
        assertThat(wings.nearestTo("Larkana").orElseThrow().wing()).isEqualTo("Sukkur");
        assertThat(wings.nearestTo("Turbat").orElseThrow().wing()).isEqualTo("Gwadar");
    }

    @Test
    void theDistanceIsTheGreatCircleDistanceBetweenTheCities() {
        FiaWings.NearestWing nearest = wings.nearestTo("Bahawalpur").orElseThrow();

        // worked out apart from the code: haversine (R = 6371 km) of Bahawalpur 29.3956 N 71.6836 E and
        // Multan 30.1575 N 71.5249 E is 86.1 km
        assertThat(nearest.distanceKm()).isCloseTo(86, within(1));
        // Lahore to Karachi is about 1,030 km as the crow flies
        assertThat(gazetteer.find("Lahore").orElseThrow().distanceKmTo(gazetteer.find("Karachi").orElseThrow()))
                .isCloseTo(1030, within(15.0));
    }

    @Test
    void spellingVariantsFindTheSameCityAndUnknownCitiesAreNotGuessed() {
        assertThat(wings.nearestTo("pindi").orElseThrow().wing()).isEqualTo("Rawalpindi");
        assertThat(wings.nearestTo("D.I. Khan").orElseThrow().wing()).isEqualTo("Dera Ismail Khan");
        assertThat(wings.nearestTo("Atlantis")).isEmpty();
    }
}
