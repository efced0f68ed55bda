-- The audit log filtered by event type, and the latest events of some types (EventLog): found by the stored payload
-- type, newest first, instead of a scan computing every row's simple name.
CREATE INDEX domainevententry_by_type ON domainevententry (payloadtype, globalindex);
