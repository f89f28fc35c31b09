package org.helpline.tools.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helpline.contracts.vocabulary.ComplaintType;
import org.helpline.contracts.vocabulary.Gender;

/**
 * The report's table "Types of complaints", transcribed in deploy/config/report-2023-complaint-types.txt
 * (TOTAL and the named genders; the rest of each TOTAL is UNDISCLOSED). A case may carry several types, so
 * the rows add up to more than the cases. Rows in the file's order: the plan's draws depend on it.
 */
final class ComplaintTable {

    static final Path FILE = Path.of(System.getProperty("helpline.root", "."))
            .resolve("deploy/config/report-2023-complaint-types.txt");

    /** The columns after TOTAL, in the file's order. */
    private static final List<Gender> NAMED = List.of(Gender.FEMALE, Gender.MALE, Gender.NON_BINARY,
            Gender.TRANS_WOMAN, Gender.TRANS_MAN);

    private ComplaintTable() {
    }

    /** Type, then each gender's count (UNDISCLOSED included, zeros too); a fresh copy each time. */
    static Map<ComplaintType, Map<Gender, Integer>> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("run from the repository's root (or set -Dhelpline.root): " + e);
        }
        Map<ComplaintType, Map<Gender, Integer>> table = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split(" +");
            Map<Gender, Integer> row = new LinkedHashMap<>();
            int named = 0;
            for (int g = 0; g < NAMED.size(); g++) {
                row.put(NAMED.get(g), Integer.parseInt(f[2 + g]));
                named += Integer.parseInt(f[2 + g]);
            }
            row.put(Gender.UNDISCLOSED, Integer.parseInt(f[1]) - named);
            table.put(ComplaintType.valueOf(f[0]), row);
        }
        return table;
    }
}
