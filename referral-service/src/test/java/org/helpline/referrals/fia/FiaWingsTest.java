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
    void theDistanceIsTheGreatCircleDistanceFromTheGazetteer() {
        City bahawalpur = gazetteer.find("Bahawalpur").orElseThrow();
        City multan = gazetteer.find("Multan").orElseThrow();
        FiaWings.NearestWing nearest = wings.nearestTo("Bahawalpur").orElseThrow();

        assertThat((double) nearest.distanceKm()).isCloseTo(bahawalpur.distanceKmTo(multan), within(0.5));
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
