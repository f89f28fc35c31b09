-- Whether the latest classification calls for an escalation at all (EscalationSuggestion's rules, applied
-- when the classification arrives), so that suggestions need not page through every classified case.
alter table case_classification add column suggestible boolean not null default false;
create index case_classification_suggestible on case_classification (classified_at) where open and suggestible;
