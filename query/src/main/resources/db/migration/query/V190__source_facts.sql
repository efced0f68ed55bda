-- Every event recorded citing a source, filed under its position in the event store, with the citation's parts.
CREATE TABLE source_fact (
    event_id     VARCHAR(255)  NOT NULL PRIMARY KEY,
    source_id    VARCHAR(200)  NOT NULL,
    global_index BIGINT        NOT NULL,
    type         VARCHAR(255)  NOT NULL,
    aggregate_id VARCHAR(255),
    recorded_at  TIMESTAMPTZ   NOT NULL,
    recorded_by  VARCHAR(200),
    locator      VARCHAR(200),
    quotation    VARCHAR(2000),
    note         VARCHAR(2000)
);
CREATE INDEX source_fact_by_source ON source_fact (source_id, global_index);
