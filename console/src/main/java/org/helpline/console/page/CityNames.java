package org.helpline.console.page;

import java.util.List;

import org.helpline.geo.City;
import org.helpline.geo.Gazetteer;

/** The gazetteer's cities by name, in order: the suggestions of every city field (services accept only these). */
public final class CityNames {

    public static final List<String> ALL = Gazetteer.pakistan().cities().stream().map(City::name).sorted().toList();

    private CityNames() {
    }
}
