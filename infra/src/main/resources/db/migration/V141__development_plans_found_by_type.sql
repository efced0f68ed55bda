-- The one-plan rule looks up the plans created so far inside every plan-creating command: a partial index keeps that
-- a lookup among the plans rather than a scan of the whole event table. Not built CONCURRENTLY: Flyway runs each
-- migration in a transaction here; building it reads the event table once (about a second per million events),
-- during which appends of the running release wait.
CREATE INDEX domainevententry_development_plan_created ON domainevententry (globalindex)
    WHERE payloadtype = 'dk.kk.registry.shared.plan.DevelopmentPlanCreatedEvent';
