package dk.kk.registry.infra.operations;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import dk.kk.registry.command.intervention.EvaluationDeadline;
import dk.kk.registry.command.intervention.EvaluationGracePeriod;
import dk.kk.registry.infra.gateway.SystemCommands;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.intervention.FindInterventionsOwingEvaluationQuery;
import dk.kk.registry.shared.intervention.InterventionsOwingEvaluationView;
import dk.kk.registry.shared.intervention.InterventionsOwingEvaluationView.Owing;
import dk.kk.registry.shared.intervention.ScheduleEvaluationDeadlineCommand;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every intervention that still owes an evaluation the deadline it should have (ADR 0010): those recorded before
 * deadlines existed, and any whose row in {@code scheduled_tasks} was lost (all of them after a restore). Runs at every
 * start, after the scheduler has started, and at the end of a restore. It asks the read side for the open candidates (a
 * planned end, not evaluated, not closed, not already overdue) with their planned ends, and leaves out those with a
 * pending deadline. For a candidate whose read-side row is at the aggregate's last event it writes, in one batch and one
 * transaction, the very task instance the aggregate's {@code ScheduleEvaluationDeadlineCommand} would have Axon's
 * {@code DbSchedulerDeadlineManager} write (the same deadline message, scope and due instant, serialised the same way);
 * a candidate whose row lags its aggregate is sent the command, which decides from the aggregate's own state. The
 * deadline's handler checks the intervention's state again when it fires, so a deadline the intervention no longer owes
 * records nothing. With several instances on one database a PostgreSQL advisory lock lets one run it and the others
 * skip it; were two to overlap anyway, a second deadline would find the intervention overdue and do nothing.
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
    /** db-scheduler's own insert of a new execution ({@code JdbcTaskRepository.createIfNotExists}, version 13.0.0). */
    private static final String INSERT_EXECUTION = "INSERT INTO scheduled_tasks (task_name, task_instance, task_data, "
            + "execution_time, picked, version) VALUES (?, ?, ?, ?, false, 1)";

    private static final int BATCH = 1_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final QueryGateway queries;
    private final Scheduler scheduler;
    private final Serializer serializer;
    private final SystemCommands commands;
    private final EvaluationGracePeriod grace;

    EvaluationDeadlineBackfill(
            DataSource dataSource,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            QueryGateway queries,
            Scheduler scheduler,
            Serializer serializer,
            SystemCommands commands,
            EvaluationGracePeriod grace) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.queries = queries;
        this.scheduler = scheduler;
        this.serializer = serializer;
        this.commands = commands;
        this.grace = grace;
    }

    @Override
    public void run(ApplicationArguments args) {
        // A start for a command-line job (load-demo, import-measurements) leaves deadlines to the registry proper.
        if (args.getNonOptionArgs().isEmpty()) {
            backfill();
        }
    }

    /**
     * What a backfill scheduled: how many deadlines it wrote in bulk and how many interventions it sent the command;
     * {@code ran} false when another instance held the lock and did it.
     */
    public record Scheduled(boolean ran, int inBulk, int byCommand) {

        static final Scheduled ELSEWHERE = new Scheduled(false, 0, 0);

        public int total() {
            return inBulk + byCommand;
        }
    }

    /** Schedules the missing deadlines, unless another instance holds the lock and does it. */
    public Scheduled backfill() {
        try (Connection connection = dataSource.getConnection()) {
            if (!advisoryLock(connection, "pg_try_advisory_lock")) {
                LOG.debug("another instance is backfilling evaluation deadlines");
                return Scheduled.ELSEWHERE;
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

    private Scheduled scheduleMissing() {
        Map<String, List<String>> pending = pendingDeadlines();
        List<Owing> missing = owing().stream()
                .filter(owing -> !pending.containsKey(owing.interventionId()))
                .toList();
        Map<String, Long> versions = aggregateVersions(missing);
        List<Object[]> rows = new ArrayList<>();
        int sent = 0;
        for (Owing owing : missing) {
            if (Objects.equals(versions.get(owing.interventionId()), owing.version())) {
                Instant dueAt = grace.dueAt(owing.plannedEnd());
                if (dueAt != null) {
                    rows.add(execution(owing, dueAt));
                }
            } else if (scheduleByCommand(owing.interventionId())) {
                sent++;
            }
        }
        transactions.executeWithoutResult(status -> {
            for (int from = 0; from < rows.size(); from += BATCH) {
                jdbc.batchUpdate(INSERT_EXECUTION, rows.subList(from, Math.min(rows.size(), from + BATCH)));
            }
        });
        if (!rows.isEmpty() || sent > 0) {
            LOG.info(
                    "scheduled the missing evaluation deadlines of {} interventions ({} written in bulk, {} by command)",
                    rows.size() + sent,
                    rows.size(),
                    sent);
        }
        return new Scheduled(true, rows.size(), sent);
    }

    /** The interventions the read side has owing an evaluation, with their planned ends. */
    public List<Owing> owing() {
        return queries.query(
                        new FindInterventionsOwingEvaluationQuery(),
                        ResponseTypes.instanceOf(InterventionsOwingEvaluationView.class))
                .join()
                .items();
    }

    /** The sequence number of each intervention's last event in the event store. */
    private Map<String, Long> aggregateVersions(List<Owing> interventions) {
        Map<String, Long> versions = new HashMap<>();
        String[] ids = interventions.stream().map(Owing::interventionId).toArray(String[]::new);
        jdbc.query(
                "SELECT aggregateidentifier, max(sequencenumber) FROM domainevententry "
                        + "WHERE aggregateidentifier = ANY (?) GROUP BY aggregateidentifier",
                rs -> {
                    versions.put(rs.getString(1), rs.getLong(2));
                },
                (Object) ids);
        return versions;
    }

    /**
     * The row of {@code scheduled_tasks} that {@code DbSchedulerDeadlineManager.schedule} writes for the aggregate's
     * deadline: a new task instance id, the task data {@link DbSchedulerBinaryDeadlineDetails} (the deadline's name, and
     * its scope, payload and metadata by Axon's serializer) in db-scheduler's Java serialisation, due at {@code dueAt}.
     */
    private Object[] execution(Owing owing, Instant dueAt) {
        DeadlineMessage<?> message = EvaluationDeadline.message(owing.plannedEnd(), dueAt);
        SerializedObject<byte[]> scope =
                serializer.serialize(new AggregateScopeDescriptor(INTERVENTION, owing.interventionId()), byte[].class);
        SerializedObject<byte[]> payload = serializer.serialize(message.getPayload(), byte[].class);
        SerializedObject<byte[]> metaData = serializer.serialize(message.getMetaData(), byte[].class);
        DbSchedulerBinaryDeadlineDetails details = new DbSchedulerBinaryDeadlineDetails(
                EvaluationDeadline.NAME,
                scope.getData(),
                scope.getType().getName(),
                payload.getData(),
                payload.getType().getName(),
                payload.getType().getRevision(),
                metaData.getData());
        return new Object[] {
            AXON_DEADLINE_TASK,
            IdentifierFactory.getInstance().generateIdentifier(),
            com.github.kagkarlsson.scheduler.serializer.Serializer.DEFAULT_JAVA_SERIALIZER.serialize(details),
            dueAt.atOffset(ZoneOffset.UTC)
        };
    }

    private boolean scheduleByCommand(String id) {
        try {
            commands.send(
                    new ScheduleEvaluationDeadlineCommand(id),
                    AuditMetadata.SOURCE_SYSTEM,
                    "indsatsen havde ingen planlagt frist for evaluering");
            return true;
        } catch (RuntimeException e) {
            LOG.warn("could not schedule the evaluation deadline of intervention {}: {}", id, e.getMessage());
            return false;
        }
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
