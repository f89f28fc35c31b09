-- The W3C trace context (traceparent, tracestate) of the span that appended each event: the relay publishes it
-- later, on its own thread, and continues that trace. Null for rows written outside any span, and for rows
-- written before this migration (they start a trace of their own when published).
alter table outbox add column trace_parent text, add column trace_state text;
