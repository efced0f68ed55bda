package dk.kk.registry.query.intervention;

import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.intervention.*;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects intervention events into {@code intervention_version} (one row per version, with the transaction-time
 * interval in which it was current) and {@code intervention_event} (the history). Seeing an event twice changes
 * nothing: versions are keyed by the aggregate's sequence number, history rows by the event's global position.
 *
 * <p>A replay or a bulk of commands brings events by the thousand. The writes of a processor's batch are collected and
 * sent as three JDBC batches when it commits, and each intervention's current document is read once per batch and
 * then changed in memory, event by event: a handful of round trips per batch instead of four per event.
 */
@Component
@ProcessingGroup(InterventionProjection.GROUP)
class InterventionProjection {

    static final String GROUP = "interventions";

    private final JdbcTemplate jdbc;

    /**
     * Set when a batch's writes failed at commit: the processor retries that batch, and this time every event is written
     * by its own handler call, so the one event that fails does so in its handler, under its savepoint, and is parked in
     * the dead-letter queue while the rest of the batch commits. Cleared by the next commit.
     */
    private volatile boolean writeEachEvent;

    InterventionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InterventionRegisteredEvent event, DomainEventMessage<?> message) {
        record(message, event.plannedStart(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionDetailsRevisedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event));
    }

    @EventHandler
    void on(InterventionAreaAddedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionAreaRemovedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveTo(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(PartnerJoinedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(PartnerLeftEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveTo(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(FundingGrantedEvent event, DomainEventMessage<?> message) {
        record(message, LocalDate.of(event.fromYear(), 1, 1), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(FundingAdjustedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(FundingWithdrawnEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(ExpenditureRecordedEvent event, DomainEventMessage<?> message) {
        record(message, LocalDate.of(event.year(), 1, 1), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(StageChangedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(PlannedEndExtendedEvent event, DomainEventMessage<?> message) {
        record(message, event.plannedEnd(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(EvaluationRecordedEvent event, DomainEventMessage<?> message) {
        record(message, event.periodTo(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(EvaluationBecameOverdueEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event));
    }

    @EventHandler
    void on(OverdueEvaluationClearedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event));
    }

    @EventHandler
    void on(InterventionEmbeddedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionScaledEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionTerminatedEvent event, DomainEventMessage<?> message) {
        record(message, event.effectiveFrom(), doc -> doc.apply(event, RecordedBy.of(message)));
    }

    @EventHandler
    void on(InterventionEventCorrectedEvent event, DomainEventMessage<?> message) {
        record(message, null, doc -> doc.apply(event, RecordedBy.of(message)));
    }

    private static final String BATCH = InterventionProjection.class.getName() + ".batch";
    private static final String EACH_EVENT = InterventionProjection.class.getName() + ".eachEvent";
    private static final String PACKAGE = InterventionRegisteredEvent.class.getPackageName();

    private static final String INSERT_HISTORY = """
            INSERT INTO intervention_event (global_index, event_id, intervention_id, sequence_number, type,
                recorded_at, recorded_by, role, administration, reason, source, correlation_id, effective_date,
                payload)
            SELECT e.globalindex, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb
            FROM public.domainevententry e WHERE e.eventidentifier = ?
            ON CONFLICT DO NOTHING""";

    private static final String INSERT_VERSION = """
            INSERT INTO intervention_version (intervention_id, version, recorded_from, recorded_to, title, kind,
                category, lead_administration, stage, planned_start, planned_end, ended_on, evaluated, area_ids,
                partner_ids, funding_sources, search, doc)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                setweight(to_tsvector('danish', ?), 'A') || to_tsvector('danish', ?), ?::jsonb)
            ON CONFLICT DO NOTHING""";

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE intervention_version, intervention_event");
    }

    private void record(DomainEventMessage<?> message, LocalDate effectiveDate,
            Consumer<InterventionDocument> change) {
        Batch batch = batch();
        String id = message.getAggregateIdentifier();
        long version = message.getSequenceNumber();
        RecordedBy by = RecordedBy.of(message);
        batch.history.add(new HistoryRow(message.getIdentifier(), by, id, version,
                message.getPayloadType().getSimpleName(), effectiveDate, ReadModelJson.write(message.getPayload())));

        Current current = batch.current(id);
        if (current != null && current.version >= version) {
            batch.flushUnlessDeferred();
            return;
        }
        InterventionDocument doc = current == null ? new InterventionDocument() : current.doc;
        try {
            change.accept(doc);
        } catch (RuntimeException e) {
            // The document may be half changed: the next event of this intervention starts from the last good one.
            if (current != null) {
                current.doc = ReadModelJson.read(current.json, InterventionDocument.class);
            }
            batch.history.remove(batch.history.size() - 1);
            throw e;
        }
        doc.lastChangedAt = by.at();
        VersionRow row = VersionRow.of(id, version, by.at(), doc);
        if (current == null) {
            batch.current.put(id, new Current(version, doc, row.json(), row));
        } else {
            if (current.pending != null) {
                current.pending.recordedTo = by.at();
            } else {
                batch.closes.add(new Close(id, by.at()));
            }
            current.version = version;
            current.json = row.json();
            current.pending = row;
        }
        batch.versions.add(row);
        batch.flushUnlessDeferred();
    }

    /**
     * The writes of the processor's batch (up to a thousand events in one transaction), sent to PostgreSQL in three
     * JDBC batches when the unit of work commits, and the current document of every intervention the batch touches,
     * read once for the whole batch: a few round trips per batch instead of four per event. Without a unit of work (a
     * rebuild replaying events by hand) every event is written at once.
     */
    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new Batch(jdbc, null);
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?>)) {
            // one event on its own (a dead letter handed back): written by its handler, so a failure stays its own
            return new Batch(jdbc, null);
        }
        if (writeEachEvent) {
            unitOfWork.getOrComputeResource(EACH_EVENT, key -> {
                unitOfWork.afterCommit(u -> writeEachEvent = false);
                return Boolean.TRUE;
            });
            return new Batch(jdbc, null);
        }
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            Batch batch = new Batch(jdbc, unitOfWork);
            unitOfWork.onPrepareCommit(u -> {
                try {
                    batch.flush();
                } catch (RuntimeException e) {
                    writeEachEvent = true;
                    throw e;
                }
            });
            return batch;
        });
    }

    private static final class Batch {

        private final JdbcTemplate jdbc;
        private final UnitOfWork<?> unitOfWork;
        final Map<String, Current> current = new HashMap<>();
        final List<HistoryRow> history = new ArrayList<>();
        final List<Close> closes = new ArrayList<>();
        final List<VersionRow> versions = new ArrayList<>();
        private boolean prefetched;

        Batch(JdbcTemplate jdbc, UnitOfWork<?> unitOfWork) {
            this.jdbc = jdbc;
            this.unitOfWork = unitOfWork;
        }

        /** The intervention's current version: from this batch, else from the table (null when it has none). */
        Current current(String id) {
            if (!prefetched) {
                prefetched = true;
                prefetch();
            }
            if (current.containsKey(id)) {
                return current.get(id);
            }
            List<Current> rows = jdbc.query(
                    "SELECT version, doc::text FROM intervention_version WHERE intervention_id = ? AND recorded_to IS NULL",
                    (rs, n) -> new Current(rs.getLong(1), rs.getString(2)), id);
            Current found = rows.isEmpty() ? null : rows.get(0);
            current.put(id, found);
            return found;
        }

        /** Reads the current documents of every intervention among the batch's events with one query. */
        private void prefetch() {
            if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching)) {
                return;
            }
            Set<String> ids = new HashSet<>();
            for (Object message : batching.getMessages()) {
                if (message instanceof DomainEventMessage<?> event
                        && event.getPayloadType().getPackageName().equals(PACKAGE)) {
                    ids.add(event.getAggregateIdentifier());
                }
            }
            if (ids.size() < 2) {
                return;
            }
            jdbc.query(con -> {
                var statement = con.prepareStatement("""
                        SELECT intervention_id, version, doc::text FROM intervention_version
                        WHERE intervention_id = ANY(?) AND recorded_to IS NULL""");
                statement.setArray(1, con.createArrayOf("text", ids.toArray()));
                return statement;
            }, rs -> {
                current.put(rs.getString(1), new Current(rs.getLong(2), rs.getString(3)));
            });
            for (String id : ids) {
                current.putIfAbsent(id, null);
            }
        }

        void flushUnlessDeferred() {
            if (unitOfWork == null) {
                flush();
            }
        }

        /**
         * Sends the batch's writes. A failure names the database's own reason (a JDBC batch would hide it behind
         * "Batch entry 0 …"), which is what an admin reads as the dead letter's cause.
         */
        void flush() {
            try {
                write();
            } catch (DataAccessException e) {
                throw new IllegalStateException("the interventions projection could not write: "
                        + NestedExceptionUtils.getMostSpecificCause(e).getMessage(), e);
            }
        }

        private void write() {
            if (!history.isEmpty()) {
                jdbc.batchUpdate(INSERT_HISTORY, history, history.size(), HistoryRow::bind);
            }
            if (!closes.isEmpty()) {
                jdbc.batchUpdate(
                        "UPDATE intervention_version SET recorded_to = ? WHERE intervention_id = ? AND recorded_to IS NULL",
                        closes, closes.size(), (statement, close) -> {
                            statement.setTimestamp(1, Timestamp.from(close.at()));
                            statement.setString(2, close.id());
                        });
            }
            if (!versions.isEmpty()) {
                jdbc.batchUpdate(INSERT_VERSION, versions, versions.size(), VersionRow::bind);
            }
            history.clear();
            closes.clear();
            versions.clear();
            current.values().stream().filter(java.util.Objects::nonNull).forEach(c -> c.pending = null);
        }
    }

    /** An intervention's current version; {@code pending} is its row when this batch wrote it and has not flushed. */
    private static final class Current {
        long version;
        String json;
        InterventionDocument doc;
        VersionRow pending;

        Current(long version, String json) {
            this(version, ReadModelJson.read(json, InterventionDocument.class), json, null);
        }

        Current(long version, InterventionDocument doc, String json, VersionRow pending) {
            this.version = version;
            this.doc = doc;
            this.json = json;
            this.pending = pending;
        }
    }

    private record Close(String id, Instant at) {
    }

    /**
     * A history row, filed under the event's own position in the event store, looked up by its identifier when written.
     * Not the tracking token's position: an event that commits after a later one (a gap, ADR 0003) arrives with a token
     * whose position is the highest seen so far, which would file it under the later event's position, where the insert
     * finds that event's row and the history loses this one.
     */
    private record HistoryRow(String eventIdentifier, RecordedBy by, String id, long sequence, String type,
            LocalDate effectiveDate, String payload) {

        static void bind(PreparedStatement statement, HistoryRow row) throws SQLException {
            int i = 1;
            statement.setString(i++, row.by().eventId());
            statement.setString(i++, row.id());
            statement.setLong(i++, row.sequence());
            statement.setString(i++, row.type());
            statement.setTimestamp(i++, Timestamp.from(row.by().at()));
            statement.setString(i++, row.by().user());
            statement.setString(i++, row.by().role());
            statement.setString(i++, row.by().administration());
            statement.setString(i++, row.by().reason());
            statement.setString(i++, row.by().source());
            statement.setString(i++, row.by().correlationId());
            statement.setObject(i++, row.effectiveDate());
            statement.setString(i++, row.payload());
            statement.setString(i, row.eventIdentifier());
        }
    }

    /** One version's row, its columns taken from the document when it was written; closed if superseded in the batch. */
    private static final class VersionRow {
        final String id;
        final long version;
        final Instant recordedFrom;
        Instant recordedTo;
        final String title;
        final String kind;
        final String category;
        final String leadAdministration;
        final String stage;
        final LocalDate plannedStart;
        final LocalDate plannedEnd;
        final LocalDate endedOn;
        final boolean evaluated;
        final Object[] areas;
        final Object[] partners;
        final Object[] sources;
        final String searchText;
        final String json;

        private VersionRow(String id, long version, Instant recordedFrom, InterventionDocument doc) {
            this.id = id;
            this.version = version;
            this.recordedFrom = recordedFrom;
            this.title = doc.title;
            this.kind = doc.kind.name();
            this.category = doc.category.name();
            this.leadAdministration = doc.leadAdministration;
            this.stage = doc.stage().name();
            this.plannedStart = doc.plannedStart;
            this.plannedEnd = doc.plannedEnd();
            this.endedOn = doc.endedOn();
            this.evaluated = doc.evaluated();
            this.areas = doc.areaIds().toArray();
            this.partners = doc.partnerIds().toArray();
            this.sources = doc.fundingSources().toArray();
            this.searchText = String.join(" ", nullToEmpty(doc.description), nullToEmpty(doc.caseReference));
            this.json = ReadModelJson.write(doc);
        }

        static VersionRow of(String id, long version, Instant at, InterventionDocument doc) {
            return new VersionRow(id, version, at, doc);
        }

        String json() {
            return json;
        }

        static void bind(PreparedStatement statement, VersionRow row) throws SQLException {
            Connection con = statement.getConnection();
            int i = 1;
            statement.setString(i++, row.id);
            statement.setLong(i++, row.version);
            statement.setTimestamp(i++, Timestamp.from(row.recordedFrom));
            statement.setTimestamp(i++, row.recordedTo == null ? null : Timestamp.from(row.recordedTo));
            statement.setString(i++, row.title);
            statement.setString(i++, row.kind);
            statement.setString(i++, row.category);
            statement.setString(i++, row.leadAdministration);
            statement.setString(i++, row.stage);
            statement.setObject(i++, row.plannedStart);
            statement.setObject(i++, row.plannedEnd);
            statement.setObject(i++, row.endedOn);
            statement.setBoolean(i++, row.evaluated);
            statement.setArray(i++, con.createArrayOf("text", row.areas));
            statement.setArray(i++, con.createArrayOf("text", row.partners));
            statement.setArray(i++, con.createArrayOf("text", row.sources));
            statement.setString(i++, row.title);
            statement.setString(i++, row.searchText);
            statement.setString(i, row.json);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
