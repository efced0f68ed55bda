-- Measurements: one row per version of each measurement, with the transaction-time interval in which the registry
-- showed it (ADR 0004). A retracted measurement keeps its rows; the retracting version has retracted = true.

CREATE TABLE measurement_version (
    measurement_id    VARCHAR(64)  NOT NULL,
    version           BIGINT       NOT NULL,
    recorded_from     TIMESTAMPTZ  NOT NULL,
    recorded_to       TIMESTAMPTZ,
    indicator_id      VARCHAR(64)  NOT NULL,
    indicator_version INTEGER      NOT NULL,
    area_id           VARCHAR(64)  NOT NULL,
    period_from       DATE         NOT NULL,
    period_to         DATE         NOT NULL,
    value             NUMERIC      NOT NULL,
    numerator         NUMERIC,
    denominator       NUMERIC,
    source            TEXT,
    quality_note      TEXT,
    corrected         BOOLEAN      NOT NULL,
    retracted         BOOLEAN      NOT NULL,
    change            VARCHAR(16)  NOT NULL,
    event_id          VARCHAR(255) NOT NULL,
    recorded_by       VARCHAR(255),
    role              VARCHAR(32),
    write_source      VARCHAR(16),
    reason            TEXT,
    PRIMARY KEY (measurement_id, version)
);
-- Two indexes only: a bulk import inserts up to 100 000 rows at once, and each index on a random key (the id is a
-- hash) costs as much as the row. The series index serves the current and the as-of series alike: a measurement has
-- few versions, so filtering them by recorded_from/recorded_to after the index is cheap.
CREATE INDEX measurement_version_series
    ON measurement_version (indicator_id, area_id, period_from, period_to, recorded_from);

-- Indicators are versioned from now on; rows projected before carry their first (and only) version in the document.
UPDATE reference_item
SET doc = doc || jsonb_build_object('version', 1, 'versions', jsonb_build_array(jsonb_build_object(
        'version', 1, 'name', doc -> 'name', 'unit', doc -> 'unit', 'direction', doc -> 'direction',
        'source', doc -> 'source', 'recordedAt', to_char(recorded_from AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'recordedBy', NULL, 'reason', NULL)))
WHERE kind = 'INDICATOR' AND NOT doc ? 'version';
