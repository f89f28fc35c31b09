-- The W3C traceparent of the span that appended each event (the event store's append is a span of its own): the
-- relay publishes the event later, on its own thread, and continues that trace. Null for rows written before this
-- migration: they start a trace of their own when published.
alter table outbox add column trace_parent text;
