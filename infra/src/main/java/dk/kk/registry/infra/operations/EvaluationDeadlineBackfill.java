package dk.kk.registry.infra.operations;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import dk.kk.registry.command.intervention.EvaluationDeadline;
import dk.kk.registry.infra.gateway.SystemCommands;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.intervention.FindInterventionsOwingEvaluationQuery;
import dk.kk.registry.shared.intervention.InterventionIdsView;
import dk.kk.registry.shared.intervention.ScheduleEvaluationDeadlineCommand;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every intervention that still owes an evaluation the deadline it should have (ADR 0010): those recorded before
 * deadlines existed, and any whose row in {@code scheduled_tasks} was lost. Runs at every start, after the scheduler
 * has started. It asks the read side for the open candidates (a planned end, not evaluated, not closed, not already
 * overdue), leaves out those with a pending deadline, and sends each of the rest
 * {@link ScheduleEvaluationDeadlineCommand}: the aggregate decides from its own state and replaces any deadline, so
 * running it twice changes nothing. With several instances on one database a PostgreSQL advisory lock lets one run it
 * and the others skip it; were two to overlap anyway, a second deadline would find the intervention overdue and do
 * nothing.
 */
@Component
@Order(20)
public class EvaluationDeadlineBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationDeadlineBackfill.class);
    /** db-scheduler's task name for Axon's deadlines ({@code DbSchedulerDeadlineToken}, package-private there). */
    static final String AXON_DEADLINE_TASK = "AxonDeadline";
    /** The advisory lock's key: a constant of the registry's own ("EVALDEAD" in ASCII). */
    private static final long LOCK = 0x4556414C44454144L;

    private static final String INTERVENTION = "Intervention";

    private final DataSource dataSource;
    private final QueryGateway queries;
    private final Scheduler scheduler;
    private final Serializer serializer;
    private final SystemCommands commands;

    EvaluationDeadlineBackfill(
            DataSource dataSource,
            QueryGateway queries,
            Scheduler scheduler,
            Serializer serializer,
            SystemCommands commands) {
        this.dataSource = dataSource;
        this.queries = queries;
        this.scheduler = scheduler;
        this.serializer = serializer;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        // A start for a command-line job (load-demo, import-measurements) leaves deadlines to the registry proper.
        if (args.getNonOptionArgs().isEmpty()) {
            backfill();
        }
    }

    /**
     * Schedules the missing deadlines; answers how many interventions were sent the command, or -1 when another
     * instance holds the lock and does it.
     */
    public int backfill() {
        try (Connection connection = dataSource.getConnection()) {
            if (!advisoryLock(connection, "pg_try_advisory_lock")) {
                LOG.debug("another instance is backfilling evaluation deadlines");
                return -1;
            }
            try {
                return scheduleMissing();
            } finally {
                advisoryLock(connection, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not backfill evaluation deadlines", e);
        }
    }

    private int scheduleMissing() {
        Map<String, List<String>> pending = pendingDeadlines();
        List<String> candidates = queries.query(
                        new FindInterventionsOwingEvaluationQuery(),
                        ResponseTypes.instanceOf(InterventionIdsView.class))
                .join()
                .interventionIds();
        int sent = 0;
        for (String id : candidates) {
            if (pending.containsKey(id)) {
                continue;
            }
            try {
                commands.send(
                        new ScheduleEvaluationDeadlineCommand(id),
                        AuditMetadata.SOURCE_SYSTEM,
                        "indsatsen havde ingen planlagt frist for evaluering");
                sent++;
            } catch (RuntimeException e) {
                LOG.warn("could not schedule the evaluation deadline of intervention {}: {}", id, e.getMessage());
            }
        }
        if (sent > 0) {
            LOG.info("scheduled the missing evaluation deadlines of {} interventions", sent);
        }
        return sent;
    }

    /** The interventions with a pending (or running) evaluation deadline, each with its db-scheduler instance ids. */
    public Map<String, List<String>> pendingDeadlines() {
        Map<String, List<String>> pending = new HashMap<>();
        scheduler.fetchScheduledExecutionsForTask(
                AXON_DEADLINE_TASK,
                DbSchedulerBinaryDeadlineDetails.class,
                ScheduledExecutionsFilter.all(),
                (ScheduledExecution<DbSchedulerBinaryDeadlineDetails> execution) -> {
                    DbSchedulerBinaryDeadlineDetails details = execution.getData();
                    if (!EvaluationDeadline.NAME.equals(details.getD())) {
                        return;
                    }
                    ScopeDescriptor scope = details.getDeserializedScopeDescriptor(serializer);
                    if (scope instanceof AggregateScopeDescriptor aggregate
                            && INTERVENTION.equals(aggregate.getType())) {
                        pending.computeIfAbsent(String.valueOf(aggregate.getIdentifier()), id -> new ArrayList<>())
                                .add(execution.getTaskInstance().getId());
                    }
                });
        return pending;
    }

    private static boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
