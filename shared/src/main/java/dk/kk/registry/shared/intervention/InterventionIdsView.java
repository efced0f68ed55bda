package dk.kk.registry.shared.intervention;

import java.util.List;

/** Interventions named by their ids. */
public record InterventionIdsView(List<String> interventionIds) {}
