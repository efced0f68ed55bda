-- Names of organisations and areas are unique ignoring case and spaces; each registration or renaming reads the
-- names recorded so far from the event store. A partial index keeps that a read of those events, not of the table.
CREATE INDEX domainevententry_named_references ON domainevententry (payloadtype, aggregateidentifier, sequencenumber)
    WHERE payloadtype IN ('dk.kk.registry.shared.organisation.OrganisationRegisteredEvent',
                          'dk.kk.registry.shared.area.AreaRegisteredEvent',
                          'dk.kk.registry.shared.area.AreaRenamedEvent');
