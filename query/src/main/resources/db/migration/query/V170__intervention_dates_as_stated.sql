-- An intervention's dates are recorded as their sources state them (a day, a month, a year, an interval, a bound or
-- unknown: API.md, "Uncertain time"). The version rows keep the notation and, beside it, the first and last day it
-- allows, of the start and of the end (the day a decision closed it, else the planned end), so that a search over
-- valid time can tell what certainly ran in a window from what possibly did. Every date recorded before was an exact
-- day: its notation is the ISO date, and its earliest and latest day are that day.
-- Expand, then contract (ADR 0014): the date columns the previous release reads keep their type and now hold an
-- exact day only (NULL for any other statement); the notations go in columns of their own.
ALTER TABLE intervention_version
    ALTER COLUMN planned_start DROP NOT NULL,
    ADD COLUMN planned_start_stated VARCHAR(48),
    ADD COLUMN planned_end_stated VARCHAR(48),
    ADD COLUMN ended_on_stated VARCHAR(48),
    ADD COLUMN start_earliest DATE,
    ADD COLUMN start_latest DATE,
    ADD COLUMN end_earliest DATE,
    ADD COLUMN end_latest DATE;

UPDATE intervention_version
SET planned_start_stated = planned_start::text,
    planned_end_stated = planned_end::text,
    ended_on_stated = ended_on::text,
    start_earliest = planned_start,
    start_latest = planned_start,
    end_earliest = COALESCE(ended_on, planned_end),
    end_latest = COALESCE(ended_on, planned_end);

CREATE INDEX intervention_version_current_start ON intervention_version (start_earliest, title, intervention_id)
    WHERE recorded_to IS NULL;

-- The history keeps an event's effective date as stated beside its earliest day (by which it sorts).
ALTER TABLE intervention_event ADD COLUMN effective_notation VARCHAR(48);
UPDATE intervention_event SET effective_notation = effective_date::text;
