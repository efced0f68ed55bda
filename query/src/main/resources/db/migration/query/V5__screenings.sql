-- Screening runs with their inputs and proposals, one row per version (transaction time as elsewhere).
CREATE TABLE screening_version (
    screening_id  VARCHAR(64) NOT NULL,
    version       BIGINT      NOT NULL,
    recorded_from TIMESTAMPTZ NOT NULL,
    recorded_to   TIMESTAMPTZ,
    policy        VARCHAR(64) NOT NULL,
    year          INTEGER     NOT NULL,
    doc           JSONB       NOT NULL,
    PRIMARY KEY (screening_id, version)
);
CREATE UNIQUE INDEX screening_version_current ON screening_version (screening_id) WHERE recorded_to IS NULL;
