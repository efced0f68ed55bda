-- The area page shows the citations of the area's own events and of its measurements: looked up by aggregate.
CREATE INDEX source_fact_by_aggregate ON source_fact (aggregate_id, global_index);
