package dk.kk.registry.command.intervention;

import dk.kk.registry.shared.common.UncertainDate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How long after its planned end an intervention may go without an evaluation before the registry records it as
 * overdue ({@code registry.evaluations.grace-period}, 90 days by default). A planned end is a date in Copenhagen: the
 * grace period runs from the start of the following day there.
 */
public record EvaluationGracePeriod(Duration duration) {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    public EvaluationGracePeriod {
        Objects.requireNonNull(duration, "duration");
    }

    /** The instant the evaluation of an intervention planned to end on {@code plannedEnd} is due. */
    public Instant dueAt(LocalDate plannedEnd) {
        return plannedEnd.plusDays(1).atStartOfDay(COPENHAGEN).toInstant().plus(duration);
    }

    /**
     * The instant the evaluation is due, counted from the latest day the planned end allows ({@code 2018} ends
     * 2018-12-31); {@code null} when it allows no latest day (unknown, or open towards the future): never overdue.
     */
    public Instant dueAt(UncertainDate plannedEnd) {
        return plannedEnd == null || plannedEnd.latest() == null ? null : dueAt(plannedEnd.latest());
    }
}
