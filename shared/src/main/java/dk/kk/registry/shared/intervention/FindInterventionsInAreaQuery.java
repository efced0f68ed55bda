package dk.kk.registry.shared.intervention;

import java.time.Instant;

/** The interventions that ran in an area at any time (valid time), as known at asOf (null: now). */
public record FindInterventionsInAreaQuery(String areaId, Instant asOf) {}
