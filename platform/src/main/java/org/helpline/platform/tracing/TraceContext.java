package org.helpline.platform.tracing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * A span's W3C trace context as text ({@code traceparent}, {@code tracestate}), the form in which it waits
 * in the outbox with its event and travels in the CloudEvent. Both are null where no span was current
 * (a scheduled sweep, say): the event then starts a trace of its own when it is published.
 */
public record TraceContext(String traceparent, String tracestate) {

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    private static final TraceContext NONE = new TraceContext(null, null);

    /** The context of the span current on this thread. */
    public static TraceContext current() {
        return of(Context.current());
    }

    static TraceContext of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return NONE;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return new TraceContext(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /**
     * The current trace's id as a UUID (both are 128 bits): a flow a request starts takes it as its correlation
     * id, so the request's log lines and its events' share one id.
     */
    public static Optional<UUID> currentTraceAsUuid() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return Optional.empty();
        }
        String hex = span.getTraceId();
        return Optional.of(new UUID(Long.parseUnsignedLong(hex, 0, 16, 16), Long.parseUnsignedLong(hex, 16, 32, 16)));
    }

    /** The context to continue from; the root context when this one is empty or unreadable. */
    Context asParent() {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), this, Getter.INSTANCE);
    }

    private enum Getter implements TextMapGetter<TraceContext> {
        INSTANCE;

        @Override
        public Iterable<String> keys(TraceContext carrier) {
            return carrier.tracestate == null ? List.of(TRACEPARENT) : List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return TRACEPARENT.equals(key) ? carrier.traceparent : TRACESTATE.equals(key) ? carrier.tracestate : null;
        }
    }
}
