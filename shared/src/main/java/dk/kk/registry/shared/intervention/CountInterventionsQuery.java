package dk.kk.registry.shared.intervention;

/** How many current interventions are under way, and how many of them the registry recorded as overdue. */
public record CountInterventionsQuery() {}
