package org.helpline.intake.personaldata;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.helpline.platform.privacy.Envelope;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Plays case-service's personal-data door for intake's tests (case-service is another module): a real HTTP
 * server that answers 503, as a case-service that is away, except for the entries a test lets through
 * ({@code PUT /stand-in/accepting/{entryId}}); {@code GET /stand-in/entries/{entryId}} tells what it saw. It
 * names a handoff key of its own, as case-service does; {@code GET /stand-in/handoff-key} gives tests the pair.
 * Tests talk to it over HTTP because this resource and the tests may live in different class loaders.
 * Not restricted to one class: every intake test runs against it, so it costs no extra application start.
 */
public class CaseServiceStandIn implements QuarkusTestResourceLifecycleManager {

    private static final Pattern DOOR = Pattern.compile("/api/cases/([0-9a-f-]{36})/personal-data/entries/([0-9a-f-]{36})");

    private record Seen(int refused, int accepted, String sealed, boolean bearer) {
    }

    private static final String KEY_ID = "stand-in-handoff-key";

    /** The stand-in's own handoff key pair: intake seals to its public half, tests open with the private one. */
    private final Envelope.Pair pair = Envelope.newPair();
    private final Set<String> accepting = ConcurrentHashMap.newKeySet();
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("the case-service stand-in cannot listen", e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.case-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            Matcher door = DOOR.matcher(path);
            if ("GET".equals(exchange.getRequestMethod()) && "/api/personal-data/handoff-key".equals(path)) {
                send(exchange, "application/json", "{\"keyId\":\"" + KEY_ID + "\",\"publicKey\":\""
                        + Base64.getEncoder().encodeToString(pair.publicKey()) + "\"}");
            } else if ("GET".equals(exchange.getRequestMethod()) && "/stand-in/handoff-key".equals(path)) {
                send(exchange, "text/plain", KEY_ID + "\n" + Base64.getEncoder().encodeToString(pair.publicKey()) + "\n"
                        + Base64.getEncoder().encodeToString(pair.privateKey()));
            } else if ("PUT".equals(exchange.getRequestMethod()) && door.matches()) {
                String entry = door.group(2);
                boolean accept = accepting.contains(entry);
                String body = read(exchange.getRequestBody());
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                seen.merge(entry, new Seen(accept ? 0 : 1, accept ? 1 : 0, accept ? body : null,
                        authorization != null && authorization.startsWith("Bearer ")),
                        (a, b) -> new Seen(a.refused() + b.refused(), a.accepted() + b.accepted(),
                                b.sealed() != null ? b.sealed() : a.sealed(), a.bearer() && b.bearer()));
                exchange.sendResponseHeaders(accept ? 204 : 503, -1);
            } else if ("PUT".equals(exchange.getRequestMethod()) && path.startsWith("/stand-in/accepting/")) {
                accepting.add(path.substring("/stand-in/accepting/".length()));
                exchange.sendResponseHeaders(204, -1);
            } else if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/stand-in/entries/")) {
                Seen s = seen.getOrDefault(path.substring("/stand-in/entries/".length()), new Seen(0, 0, null, true));
                send(exchange, "text/plain", s.refused() + "\n" + s.accepted() + "\n" + s.bearer() + "\n"
                        + (s.sealed() == null ? "" : s.sealed()));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
