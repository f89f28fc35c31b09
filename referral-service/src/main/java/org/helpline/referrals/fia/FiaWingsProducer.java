package org.helpline.referrals.fia;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.helpline.geo.Gazetteer;

/** FiaWings stays plain Java (tested without CDI); this makes the one instance injectable. */
public class FiaWingsProducer {

    @Produces
    @Singleton
    FiaWings fiaWings() {
        return new FiaWings(Gazetteer.pakistan());
    }
}
