package org.helpline.intake.tracking;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpline.intake.IntakeSettings;
import org.helpline.platform.problem.Problem;
import org.helpline.platform.problem.ProblemException;

import io.vertx.core.net.SocketAddress;

/**
 * So that tracking codes cannot be guessed by trying many: each client (remote address; for IPv6 its
 * /64, which one subscriber usually holds whole) may ask {@code helpline.tracking.requests-per-minute}
 * times a minute (fixed one-minute windows). Kept per instance: behind a load balancer of N instances a
 * client gets at most N times as many. Behind a reverse proxy, set {@code quarkus.http.proxy.proxy-address-forwarding}
 * and {@code allow-forwarded} to true and {@code trusted-proxies} to the proxy's address, and have the proxy send
 * {@code Forwarded: for=...} (IPv6 in brackets), so that the remote address is the client's, not the proxy's.
 */
@ApplicationScoped
public class TrackingRateLimit {

    private record Window(long minute, int used) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    @Inject
    public TrackingRateLimit(IntakeSettings settings, Clock clock) {
        this(settings.tracking().requestsPerMinute(), clock);
    }

    TrackingRateLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** The key the client at this remote address is counted under. */
    static String client(SocketAddress remote) {
        // an address named by a trusted proxy (quarkus.http.proxy) is not resolved: it has a host, no hostAddress
        return client(remote == null ? null : remote.hostAddress() != null ? remote.hostAddress() : remote.host());
    }

    /** The key a client is counted under. */
    static String client(String address) {
        if (address == null) {
            return "unknown";
        }
        if (address.contains(":")) {
            // a literal address: parsed, never looked up
            try {
                java.net.InetAddress parsed = java.net.InetAddress.getByName(address);
                byte[] bytes = parsed.getAddress();
                // an IPv4 client seen through IPv6 (::ffff:a.b.c.d) is counted as itself
                return bytes.length == 4 ? parsed.getHostAddress()
                        : java.util.HexFormat.of().formatHex(bytes, 0, 8) + "/64";
            } catch (java.net.UnknownHostException e) {
                return address;
            }
        }
        return address;
    }

    void take(String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        Window window = windows.compute(client, (key, old) -> old == null || old.minute() != minute
                ? new Window(minute, 1) : new Window(minute, old.used() + 1));
        if (window.used() > perMinute) {
            long retryAfter = Math.max(1, (minute + 1) * 60 - now / 1000);
            throw new ProblemException(Problem.of(429, "Too Many Requests",
                    "Too many tracking requests from this client; ask again in " + retryAfter + " s."),
                    retryAfter);
        }
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute); // forget past minutes
        }
    }
}
