package dk.kk.registry.shared.intervention;

import java.util.List;

/** The first interventions needing action, most urgent first, and how many there are in all. */
public record InterventionsNeedingAction(List<InterventionNeedingAction> items, long total) {}
