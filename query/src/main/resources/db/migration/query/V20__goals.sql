-- Goals have their own projection (processing group "goals", ADR 0007). The reference projection no longer keeps
-- them, so its goal rows would never be rebuilt and would make a rebuilt copy differ from the live one.
DELETE FROM reference_item WHERE kind = 'GOAL';

-- One row per version of a goal, current from recorded_from (inclusive) to recorded_to (exclusive, NULL while
-- current), as every read table (ADR 0004). The columns the lists filter on are copied out of the document.
CREATE TABLE goal_version (
    goal_id              VARCHAR(64)  NOT NULL,
    version              BIGINT       NOT NULL,
    recorded_from        TIMESTAMPTZ  NOT NULL,
    recorded_to          TIMESTAMPTZ,
    title                TEXT         NOT NULL,
    policy               VARCHAR(64)  NOT NULL,
    owner_administration VARCHAR(64)  NOT NULL,
    indicator            VARCHAR(64)  NOT NULL,
    area_ids             TEXT[]       NOT NULL,
    doc                  JSONB        NOT NULL,
    PRIMARY KEY (goal_id, version)
);
CREATE UNIQUE INDEX goal_version_current ON goal_version (goal_id) WHERE recorded_to IS NULL;
CREATE INDEX goal_version_as_of ON goal_version (recorded_from, recorded_to);
CREATE INDEX goal_version_current_board ON goal_version (policy, owner_administration, title, goal_id)
    WHERE recorded_to IS NULL;
CREATE INDEX goal_version_areas ON goal_version USING GIN (area_ids);
