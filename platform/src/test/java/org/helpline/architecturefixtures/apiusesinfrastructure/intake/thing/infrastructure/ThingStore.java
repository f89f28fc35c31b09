package org.helpline.architecturefixtures.apiusesinfrastructure.intake.thing.infrastructure;

import java.util.ArrayList;
import java.util.List;

public class ThingStore {

    private final List<String> towns = new ArrayList<>();

    public void save(String town) {
        towns.add(town);
    }
}
