-- The interventions' history stored each event's target groups in the order a set happened to iterate in the JVM
-- that projected it, so a registry restarted, restored or rebuilt in another process found its own history unequal
-- to a rebuild. Documents now write a set in its elements' natural order (ReadModelJson); for the target groups that
-- is the enumeration's order (TargetGroup), which this puts the rows already written in.
UPDATE intervention_event
SET payload = jsonb_set(payload, '{targetGroups}', (
        SELECT jsonb_agg(g ORDER BY array_position(
                ARRAY['INFANTS', 'CHILDREN', 'YOUTH', 'YOUNG_ADULTS', 'ADULTS', 'FAMILIES', 'SENIORS', 'ALL_RESIDENTS'],
                g #>> '{}'), g #>> '{}')
        FROM jsonb_array_elements(payload -> 'targetGroups') AS g))
WHERE jsonb_typeof(payload -> 'targetGroups') = 'array'
  AND jsonb_array_length(payload -> 'targetGroups') > 1;
