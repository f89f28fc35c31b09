package org.helpline.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The servers tests start as child processes: stopped politely (then forcibly), and those a killed test
 * JVM left behind (recorded by pid) stopped by the next run, their data removed.
 */
final class Orphans {

    private Orphans() {
    }

    /**
     * SIGTERM, 15 s to shut down cleanly, then SIGKILL, for the process and what it started (kc.sh runs
     * Keycloak's JVM as its child: killing the script alone would leave the server holding its port).
     */
    static void stop(Process process) {
        java.util.List<ProcessHandle> children = process.toHandle().descendants().toList();
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static void kill(Path pidFile, String commandLineMarker) {
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            if (firstLine.isEmpty()) {
                return;
            }
            ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(p -> p.info().commandLine().map(c -> c.contains(commandLineMarker)).orElse(false))
                    .ifPresent(p -> {
                        p.destroyForcibly();
                        p.onExit().join();
                    });
        } catch (IOException | NumberFormatException e) {
            // nothing to clean up
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a later run tries again
        }
    }
}
