package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The intervention's planned end plus the grace period passed with no evaluation recorded: the registry says by
 * itself that the evaluation is overdue. Recorded by the registry (source {@code system}), not by a user.
 *
 * @param plannedEnd the planned end the deadline was set from
 * @param dueAt      the instant the evaluation was due (the day after the planned end, Copenhagen time, plus grace)
 */
@Revision("2")
public record EvaluationBecameOverdueEvent(String interventionId, UncertainDate plannedEnd, Instant dueAt) {}
