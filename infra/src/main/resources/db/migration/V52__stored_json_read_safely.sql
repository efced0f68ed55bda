-- A stored payload or metadata column as jsonb, for the reads that filter on what the log holds (the audit log's user
-- filter, an abandoned Idempotency-Key's events, an organisation's kind). Events are forever, and text recorded before
-- the door checked it (AdmissibleText) may hold an escape jsonb refuses: \u0000, or half of a surrogate pair. A cast
-- of such a row failed the whole query, and with it every later filter of the log. This answers instead the same
-- document with U+FFFD in place of those escapes, so that the event is still found by its other fields, and NULL for
-- a column that is not JSON at all. Neither case raises, so no subtransaction per row: pg_input_is_valid (PostgreSQL
-- 16) tests what the cast would say. The escapes are replaced only in what this returns; the event is not changed.
CREATE FUNCTION registry_jsonb(document bytea) RETURNS jsonb
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
    WHEN pg_input_is_valid(convert_from(document, 'UTF8'), 'jsonb') THEN convert_from(document, 'UTF8')::jsonb
    WHEN pg_input_is_valid(regexp_replace(convert_from(document, 'UTF8'),
            '\\u(0000|[dD][89a-fA-F][0-9a-fA-F]{2})', '\\ufffd', 'g'), 'jsonb')
        THEN regexp_replace(convert_from(document, 'UTF8'), '\\u(0000|[dD][89a-fA-F][0-9a-fA-F]{2})', '\\ufffd',
            'g')::jsonb
END;
