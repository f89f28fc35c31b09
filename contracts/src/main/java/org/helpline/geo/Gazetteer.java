package org.helpline.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.helpline.contracts.vocabulary.Province;

/**
 * Pakistani cities with province and coordinates ({@code geo/pakistan-cities.csv}), looked up by name
 * or common variant ("Pindi", "D.I. Khan"), regardless of case, dots and spacing. Intake normalises
 * cities with it; referrals measure distances to FIA wings with it.
 */
public final class Gazetteer {

    private static final Gazetteer PAKISTAN = load("/geo/pakistan-cities.csv");

    private final List<City> cities;
    private final Map<String, City> byKey;

    private Gazetteer(List<City> cities, Map<String, City> byKey) {
        this.cities = List.copyOf(cities);
        this.byKey = Map.copyOf(byKey);
    }

    public static Gazetteer pakistan() {
        return PAKISTAN;
    }

    public List<City> cities() {
        return cities;
    }

    public Optional<City> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(name)));
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('.', ' ').replace('-', ' ').trim().replaceAll("\\s+", " ");
    }

    private static Gazetteer load(String resource) {
        List<City> cities = new ArrayList<>();
        Map<String, City> byKey = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                City city = new City(f[0], Province.valueOf(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
                cities.add(city);
                byKey.put(key(city.name()), city);
                if (f.length > 4 && !f[4].isBlank()) {
                    for (String alias : f[4].split("\\|")) {
                        byKey.putIfAbsent(key(alias), city);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(cities, byKey);
    }
}
