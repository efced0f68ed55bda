package dk.kk.registry.shared.intervention;

import java.time.Instant;

/** The intervention with this id, as known at asOf (null: now). */
public record FindInterventionQuery(String interventionId, Instant asOf) {}
