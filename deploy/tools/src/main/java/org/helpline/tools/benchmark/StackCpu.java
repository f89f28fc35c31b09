package org.helpline.tools.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (user + system) of each part of the stack, read from {@code /proc/<pid>/stat} of its process and every
 * descendant (PostgreSQL's backends are children of its postmaster). Two readings around a load, divided by what
 * the load did, are the CPU it cost on this machine: no sampling, no profiler.
 */
final class StackCpu {

    /** USER_HZ: Linux reports CPU times in clock ticks of 1/100 s on every architecture it runs on here. */
    private static final double MILLIS_PER_TICK = 10.0;

    private final Map<String, Long> parts;

    /** @param parts each part's name (a service, kafka, postgres) and the pid of its main process */
    StackCpu(Map<String, Long> parts) {
        this.parts = parts;
    }

    /** The parts' names, in the order given. */
    Iterable<String> parts() {
        return parts.keySet();
    }

    /** CPU milliseconds each part has used so far, its descendants included, in the order given. */
    Map<String, Double> millisSoFar() throws IOException {
        Map<Long, List<Long>> children = children();
        Map<String, Double> used = new LinkedHashMap<>();
        for (Map.Entry<String, Long> part : parts.entrySet()) {
            long ticks = 0;
            for (long pid : tree(part.getValue(), children)) {
                ticks += ticks(pid);
            }
            used.put(part.getKey(), ticks * MILLIS_PER_TICK);
        }
        return used;
    }

    /**
     * Memory each part holds now, in MiB: the proportional set size of its process and every descendant, so that
     * PostgreSQL's backends count with their postmaster and Keycloak's JVM with the script that started it, and
     * the shared buffers all of them map count once, not once per backend.
     */
    Map<String, Double> residentMiB() throws IOException {
        Map<Long, List<Long>> children = children();
        Map<String, Double> held = new LinkedHashMap<>();
        for (Map.Entry<String, Long> part : parts.entrySet()) {
            double kib = 0;
            for (long pid : tree(part.getValue(), children)) {
                kib += proportionalKiB(pid);
            }
            held.put(part.getKey(), kib / 1024.0);
        }
        return held;
    }

    private static List<Long> tree(long root, Map<Long, List<Long>> children) {
        List<Long> tree = new ArrayList<>();
        List<Long> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            long pid = pending.remove(pending.size() - 1);
            tree.add(pid);
            pending.addAll(children.getOrDefault(pid, List.of()));
        }
        return tree;
    }

    private static double proportionalKiB(long pid) throws IOException {
        return kib(pid, "smaps_rollup", "Pss:");
    }

    static double residentKiB(long pid) throws IOException {
        return kib(pid, "status", "VmRSS:");
    }

    /** A "Name:   1234 kB" line of a /proc file of the process; 0 once the process is gone. */
    private static double kib(long pid, String file, String name) throws IOException {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(name)) {
                    return Double.parseDouble(line.replaceAll("\\D+", " ").trim());
                }
            }
        } catch (NoSuchFileException gone) {
            // the process ended
        }
        return 0;
    }

    private static Map<Long, List<Long>> children() throws IOException {
        Map<Long, List<Long>> children = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat = stat(Long.parseLong(process.getFileName().toString()));
                if (stat != null) {
                    children.computeIfAbsent(Long.parseLong(stat[1]), k -> new ArrayList<>())
                            .add(Long.parseLong(process.getFileName().toString()));
                }
            }
        }
        return children;
    }

    private static long ticks(long pid) throws IOException {
        String[] stat = stat(pid);
        // utime, stime, and the same of children it has reaped (fields 14-17 of stat; here counted after the
        // command's closing parenthesis): a PostgreSQL backend that ended between two readings still counts
        return stat == null ? 0 : Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13])
                + Long.parseLong(stat[14]);
    }

    /** The fields of /proc/pid/stat after "pid (comm)": [0] state, [1] ppid, ...; null once the process is gone. */
    private static String[] stat(long pid) throws IOException {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (NoSuchFileException gone) {
            return null;
        }
    }
}
