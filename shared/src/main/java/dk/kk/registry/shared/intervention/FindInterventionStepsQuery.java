package dk.kk.registry.shared.intervention;

/** Every event of an intervention in order, each with the intervention's state right after it (step-through). */
public record FindInterventionStepsQuery(String interventionId) {}
