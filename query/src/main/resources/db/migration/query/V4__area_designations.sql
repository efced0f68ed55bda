-- Designations of areas, one row per version (transaction time as in intervention_version) with their valid-time
-- period in effective_from/effective_to.
CREATE TABLE area_designation (
    area_id        VARCHAR(64)  NOT NULL,
    designation_id VARCHAR(64)  NOT NULL,
    version        BIGINT       NOT NULL,
    recorded_from  TIMESTAMPTZ  NOT NULL,
    recorded_to    TIMESTAMPTZ,
    list           VARCHAR(32)  NOT NULL,
    policy         VARCHAR(64),
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    criteria       JSONB        NOT NULL,
    screening_id   VARCHAR(64),
    reason         TEXT,
    end_reason     TEXT,
    designated_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (area_id, designation_id, version)
);
CREATE INDEX area_designation_current ON area_designation (area_id) WHERE recorded_to IS NULL;
CREATE INDEX area_designation_list ON area_designation (list, effective_from) WHERE recorded_to IS NULL;
