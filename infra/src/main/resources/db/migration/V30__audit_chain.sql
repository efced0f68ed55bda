-- The hash chain over the event log (ADR 0009): one link per event, in global order. Written only by the audit-chain
-- processor, which may drop and relink its own tail when a late-committed event fills a gap below it.
CREATE TABLE event_chain (
    global_index  BIGINT       NOT NULL PRIMARY KEY,
    event_id      VARCHAR(255) NOT NULL,
    hash          CHAR(64)     NOT NULL,
    previous_hash CHAR(64)     NOT NULL
);

-- The event log is append-only: the application's own connection cannot change or remove a recorded event. Only an
-- owner who disables these triggers can, and the chain then shows where.
CREATE FUNCTION refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the event log is append-only: % on domainevententry refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER domainevententry_append_only
    BEFORE UPDATE OR DELETE ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();

CREATE TRIGGER domainevententry_no_truncate
    BEFORE TRUNCATE ON domainevententry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();
