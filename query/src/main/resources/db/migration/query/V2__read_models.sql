-- Read models. Every row version keeps the transaction-time interval in which the registry showed it
-- (recorded_from inclusive, recorded_to exclusive, NULL while current), so any read can be asked "as of" an instant
-- with a plain query (ADR 0004).

CREATE TABLE intervention_version (
    intervention_id     VARCHAR(64)  NOT NULL,
    version             BIGINT       NOT NULL,
    recorded_from       TIMESTAMPTZ  NOT NULL,
    recorded_to         TIMESTAMPTZ,
    title               TEXT         NOT NULL,
    kind                VARCHAR(32)  NOT NULL,
    category            VARCHAR(32)  NOT NULL,
    lead_administration VARCHAR(64)  NOT NULL,
    stage               VARCHAR(32)  NOT NULL,
    planned_start       DATE         NOT NULL,
    planned_end         DATE,
    ended_on            DATE,
    evaluated           BOOLEAN      NOT NULL,
    area_ids            TEXT[]       NOT NULL,
    partner_ids         TEXT[]       NOT NULL,
    funding_sources     TEXT[]       NOT NULL,
    search              TSVECTOR     NOT NULL,
    doc                 JSONB        NOT NULL,
    PRIMARY KEY (intervention_id, version)
);
CREATE UNIQUE INDEX intervention_version_current ON intervention_version (intervention_id) WHERE recorded_to IS NULL;
CREATE INDEX intervention_version_as_of ON intervention_version (recorded_from, recorded_to);
CREATE INDEX intervention_version_areas ON intervention_version USING GIN (area_ids);
CREATE INDEX intervention_version_partners ON intervention_version USING GIN (partner_ids);
CREATE INDEX intervention_version_funding ON intervention_version USING GIN (funding_sources);
CREATE INDEX intervention_version_search ON intervention_version USING GIN (search);
CREATE INDEX intervention_version_current_title ON intervention_version (title, intervention_id) WHERE recorded_to IS NULL;

CREATE TABLE intervention_event (
    global_index    BIGINT       NOT NULL PRIMARY KEY,
    event_id        VARCHAR(255) NOT NULL UNIQUE,
    intervention_id VARCHAR(64)  NOT NULL,
    sequence_number BIGINT       NOT NULL,
    type            VARCHAR(128) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    recorded_by     VARCHAR(255),
    role            VARCHAR(32),
    administration  VARCHAR(64),
    reason          TEXT,
    source          VARCHAR(16),
    correlation_id  VARCHAR(255),
    effective_date  DATE,
    payload         JSONB        NOT NULL
);
CREATE INDEX intervention_event_by_intervention ON intervention_event (intervention_id, sequence_number);

CREATE TABLE reference_item (
    kind          VARCHAR(32)  NOT NULL,
    id            VARCHAR(64)  NOT NULL,
    version       BIGINT       NOT NULL,
    recorded_from TIMESTAMPTZ  NOT NULL,
    recorded_to   TIMESTAMPTZ,
    name          TEXT         NOT NULL,
    doc           JSONB        NOT NULL,
    PRIMARY KEY (kind, id, version)
);
CREATE UNIQUE INDEX reference_item_current ON reference_item (kind, id) WHERE recorded_to IS NULL;
