package dk.kk.registry.shared.intervention;

/** Every event of an intervention in order. */
public record FindInterventionHistoryQuery(String interventionId) {}
