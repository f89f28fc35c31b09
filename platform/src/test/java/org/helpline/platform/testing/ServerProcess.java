package org.helpline.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A server a test starts as a child process: its output in a log file, its pid recorded (so that the next run
 * stops it if this JVM is killed, see {@link Orphans}), stopped with this JVM, and its data removed when it stops.
 */
final class ServerProcess {

    /** Whether the server serves yet; an {@link IOException} counts as "not yet". */
    interface Probe {
        boolean ready() throws IOException, InterruptedException;
    }

    /** Starting a server: writing its files, launching it, waiting for it. */
    interface Starting<T> {
        T start() throws IOException, InterruptedException;
    }

    private final String name;
    private final Path log;
    private final Path data;
    private final Process process;

    private ServerProcess(String name, Path log, Path data, Process process) {
        this.name = name;
        this.log = log;
        this.data = data;
        this.process = process;
    }

    /** Runs {@code starting} with its I/O failure unchecked; an interruption stays set on the thread. */
    static <T> T unchecked(Starting<T> starting) {
        try {
            return starting.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts the server, records its pid in {@code pidFile} and stops it when this JVM ends.
     *
     * @param data what {@link #stop()} deletes: the server's state, fresh for every run
     */
    static ServerProcess start(String name, ProcessBuilder command, Path log, Path pidFile, Path data)
            throws IOException {
        Process process = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        ServerProcess started = new ServerProcess(name, log, data, process);
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
        return started;
    }

    /** Runs a preparing step (formatting storage, building the distribution) to its end. */
    static void runToEnd(String step, ProcessBuilder command, Path log, Duration timeout)
            throws IOException, InterruptedException {
        Process process = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(step + " failed, see " + log);
        }
    }

    /** Waits until {@code probe} says the server serves, asking every {@code pause}; fails early if it exits. */
    void awaitReady(Duration timeout, Duration pause, Probe probe) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited, see " + log);
            }
            try {
                if (probe.ready()) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(pause.toMillis());
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ", see " + log);
    }

    void stop() {
        Orphans.stop(process);
        Orphans.deleteRecursively(data);
    }
}
