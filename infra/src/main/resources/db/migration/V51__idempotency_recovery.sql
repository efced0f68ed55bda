-- A claim on an Idempotency-Key that its request never finished (the instance stopped mid-request) is recognised after
-- registry.idempotency.abandoned-after: the events recorded since the claim's log position with its correlation id
-- and user tell whether the request's command was recorded, so a retry is neither refused for a day nor run twice.
ALTER TABLE idempotency_record ADD COLUMN correlation_id VARCHAR(100);
ALTER TABLE idempotency_record ADD COLUMN log_position BIGINT;
