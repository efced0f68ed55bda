-- A measurement's value may be a range or a bound as its source states it: value_low and value_high are its least
-- and greatest possible value (NULL where open), value_form what the source said; value keeps the exact figure and
-- is NULL for a range or a bound. period_stated is an uncertain period as stated ("2024?", "2023/2024"), with
-- period_from and period_to its earliest and latest day; NULL where the period is exactly those days.
ALTER TABLE measurement_version ALTER COLUMN value DROP NOT NULL;
ALTER TABLE measurement_version ADD COLUMN value_low NUMERIC;
ALTER TABLE measurement_version ADD COLUMN value_high NUMERIC;
ALTER TABLE measurement_version ADD COLUMN value_form VARCHAR(8) NOT NULL DEFAULT 'EXACT';
ALTER TABLE measurement_version ADD COLUMN period_stated VARCHAR(64);
UPDATE measurement_version SET value_low = value, value_high = value;
