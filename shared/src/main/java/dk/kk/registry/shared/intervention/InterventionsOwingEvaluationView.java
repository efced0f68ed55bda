package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;

/** The current interventions that still owe an evaluation, each with its current planned end, ordered by id. */
public record InterventionsOwingEvaluationView(List<Owing> items) {

    /**
     * An intervention owing an evaluation, the planned end it is due from, and the version (the aggregate's sequence
     * number of its last event) the read side has it at.
     */
    public record Owing(String interventionId, UncertainDate plannedEnd, long version) {}
}
