-- A measurement's period may be open at its start (ADR 0016): a figure a document reports without its year is for
-- some time no later than the document ("../2024-11"), with period_stated its notation, period_to its latest day and
-- period_from NULL, since there is no first possible day.
ALTER TABLE measurement_version ALTER COLUMN period_from DROP NOT NULL;
