-- An area's designation is dated as its sources state it (a day, a month, a year, an interval, a bound or unknown:
-- API.md, "Uncertain time"). Each version row keeps the notation of its start and end and, beside them, the first and
-- last day each allows, so that "which areas were designated in 2019" can tell the certain from the possible. Every
-- date recorded before was an exact day: its notation is the ISO date, its earliest and latest day that day.
-- Expand, then contract (ADR 0014): effective_from and effective_to, which the previous release reads, keep their
-- type and now hold an exact day only (NULL for any other statement); the notations go in columns of their own.
ALTER TABLE area_designation
    ALTER COLUMN effective_from DROP NOT NULL,
    ADD COLUMN effective_from_stated VARCHAR(48),
    ADD COLUMN effective_to_stated VARCHAR(48),
    ADD COLUMN from_earliest DATE,
    ADD COLUMN from_latest DATE,
    ADD COLUMN to_earliest DATE,
    ADD COLUMN to_latest DATE;

UPDATE area_designation
SET effective_from_stated = effective_from::text,
    effective_to_stated = effective_to::text,
    from_earliest = effective_from,
    from_latest = effective_from,
    to_earliest = effective_to,
    to_latest = effective_to;

CREATE INDEX area_designation_list_stated ON area_designation (list, from_earliest) WHERE recorded_to IS NULL;
