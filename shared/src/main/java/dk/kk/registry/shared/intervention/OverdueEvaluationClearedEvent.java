package dk.kk.registry.shared.intervention;

import org.axonframework.serialization.Revision;

/** An overdue evaluation is no longer overdue: an evaluation was recorded, or the planned end moved later. */
@Revision("1")
public record OverdueEvaluationClearedEvent(String interventionId, Cause cause) {

    /** Why the overdue flag was lifted. */
    public enum Cause {
        EVALUATION_RECORDED,
        PLANNED_END_MOVED
    }
}
