package org.helpline.console.page;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Says in every answer how long the console took to build it ({@code Server-Timing: console;dur=12.3}, in ms, up to
 * its first byte: the service calls and the template included), for a browser's developer tools and for
 * {@code ConsoleWorklistBenchmarkIT}.
 */
@ApplicationScoped
public class ServerTiming {

    void timeEveryAnswer(@Observes Filters filters) {
        filters.register(context -> {
            long start = System.nanoTime();
            context.addHeadersEndHandler(ended -> context.response().putHeader("Server-Timing",
                    String.format(Locale.ROOT, "console;dur=%.1f", (System.nanoTime() - start) / 1e6)));
            context.next();
        }, 100);
    }
}
