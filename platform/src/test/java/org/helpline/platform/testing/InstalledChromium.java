package org.helpline.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine's own Chromium and ChromeDriver (Debian's chromium and chromium-driver; .ci/run installs them),
 * found on PATH: browser tests use these and never download a browser of their own.
 */
public final class InstalledChromium {

    private InstalledChromium() {
    }

    public static String browser() {
        return onPath("chromium", "chromium-browser", "google-chrome");
    }

    public static String driver() {
        return onPath("chromedriver");
    }

    private static String onPath(String... names) {
        for (String name : names) {
            for (String dir : System.getenv("PATH").split(":")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new AssertionError("not on PATH: " + List.of(names)
                + " (Debian's chromium and chromium-driver packages; .ci/run installs them)");
    }
}
