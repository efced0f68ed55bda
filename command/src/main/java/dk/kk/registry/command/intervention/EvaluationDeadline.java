package dk.kk.registry.command.intervention;

import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.UncertainDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;

/**
 * The deadline at which an intervention's evaluation becomes overdue: one per intervention, set from its current
 * planned end. The deadline message carries the registry as its author, so the event its handler applies is recorded
 * as the registry's, not as the user's whose command set the deadline.
 */
public final class EvaluationDeadline {

    /** The deadline's name, by which the backfill recognises the interventions that have one. */
    public static final String NAME = "evaluation-overdue";

    static final String SYSTEM_USER = "registry";

    /**
     * The deadline's payload: the planned end it was set from (the latest day it allows: an overdue deadline counts from
     * the latest possible planned end), so that a stale one can be recognised.
     */
    record Due(LocalDate plannedEnd, Instant dueAt) {}

    private EvaluationDeadline() {}

    static void schedule(DeadlineManager deadlines, UncertainDate plannedEnd, Instant dueAt) {
        deadlines.schedule(dueAt, NAME, message(plannedEnd, dueAt));
    }

    /**
     * The deadline message set for an intervention planned to end on {@code plannedEnd}, due at {@code dueAt}: what the
     * aggregate schedules, and what the bulk re-derivation after a restore writes for it without the aggregate.
     */
    public static DeadlineMessage<?> message(UncertainDate plannedEnd, Instant dueAt) {
        return GenericDeadlineMessage.asDeadlineMessage(NAME, new Due(plannedEnd.latest(), dueAt), dueAt)
                .withMetaData(Map.of(
                        AuditMetadata.USER,
                        SYSTEM_USER,
                        AuditMetadata.SOURCE,
                        AuditMetadata.SOURCE_SYSTEM,
                        AuditMetadata.REASON,
                        "planlagt slut " + plannedEnd + ", og fristen for evaluering er udløbet uden en evaluering"));
    }

    static void cancel(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(NAME);
    }
}
