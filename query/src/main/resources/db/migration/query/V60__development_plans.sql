-- Development plans have their own projection (processing group "development-plans"). One row per version of a
-- plan, current from recorded_from (inclusive) to recorded_to (exclusive, NULL while current), as every read table
-- (ADR 0004); the columns the list filters on are copied out of the document.
CREATE TABLE development_plan_version (
    plan_id       VARCHAR(64)  NOT NULL,
    version       BIGINT       NOT NULL,
    recorded_from TIMESTAMPTZ  NOT NULL,
    recorded_to   TIMESTAMPTZ,
    area          VARCHAR(64)  NOT NULL,
    policy        VARCHAR(64)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    title         TEXT         NOT NULL,
    doc           JSONB        NOT NULL,
    PRIMARY KEY (plan_id, version)
);
CREATE UNIQUE INDEX development_plan_version_current ON development_plan_version (plan_id) WHERE recorded_to IS NULL;
CREATE INDEX development_plan_version_as_of ON development_plan_version (recorded_from, recorded_to);
CREATE INDEX development_plan_version_current_list ON development_plan_version (area, policy, title, plan_id)
    WHERE recorded_to IS NULL;
