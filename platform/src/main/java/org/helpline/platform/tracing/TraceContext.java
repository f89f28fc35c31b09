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
 * A span's W3C {@code traceparent} as text, the form in which it waits in the outbox with its event and travels in
 * the CloudEvent. Only the traceparent: a caller's {@code tracestate} is its own vendor data, and events stay on
 * the topics for good. Null where no span was current: the event's publishing then starts a trace of its own.
 */
public record TraceContext(String traceparent) {

    private static final String TRACEPARENT = "traceparent";
    private static final TraceContext NONE = new TraceContext(null);

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
        return new TraceContext(carrier.get(TRACEPARENT));
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
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            return carrier != null && TRACEPARENT.equals(key) ? carrier.traceparent : null;
        }
    }
}
