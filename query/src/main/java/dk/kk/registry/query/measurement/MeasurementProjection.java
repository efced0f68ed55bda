package dk.kk.registry.query.measurement;

import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.measurement.MeasurementCorrectedEvent;
import dk.kk.registry.shared.measurement.MeasurementRecordedEvent;
import dk.kk.registry.shared.measurement.MeasurementRetractedEvent;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects measurement events into {@code measurement_version}: one row per version with the transaction-time
 * interval in which it was current. Versions are keyed by the aggregate's sequence number, so an event seen twice
 * changes nothing.
 *
 * <p>A bulk import appends up to 100 000 recordings at once. Their rows are collected for the processor's whole batch
 * and written with one JDBC batch when the batch commits, instead of a round trip per event; a correction or
 * retraction first writes what is pending, since it revises a row that may still be among them.
 */
@Component
@ProcessingGroup(MeasurementProjection.GROUP)
class MeasurementProjection {

    static final String GROUP = "measurements";
    private static final String PENDING = MeasurementProjection.class.getName() + ".pending";

    private static final String INSERT = """
            INSERT INTO measurement_version (measurement_id, version, recorded_from, indicator_id, indicator_version,
                area_id, period_from, period_to, value, numerator, denominator, source, quality_note, corrected,
                retracted, change, event_id, recorded_by, role, write_source, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private final JdbcTemplate jdbc;

    MeasurementProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MeasurementRecordedEvent event, DomainEventMessage<?> message) {
        Row row = new Row(event.measurementId(), message.getSequenceNumber(), message.getTimestamp(),
                event.indicator(), event.indicatorVersion(), event.area(), event.periodFrom(), event.periodTo(),
                event.value(), event.numerator(), event.denominator(), event.source(), event.qualityNote(), false,
                false, Change.RECORDED, RecordedBy.of(message));
        if (!CurrentUnitOfWork.isStarted()) {
            write(List.of(row));
            return;
        }
        pending().add(row);
    }

    @EventHandler
    void on(MeasurementCorrectedEvent event, DomainEventMessage<?> message) {
        writePending();
        revise(message, current -> current.next(message, Change.CORRECTED, event.value(),
                event.qualityNote() != null ? event.qualityNote() : current.qualityNote(), true, false));
    }

    @EventHandler
    void on(MeasurementRetractedEvent event, DomainEventMessage<?> message) {
        writePending();
        revise(message, current -> current.next(message, Change.RETRACTED, current.value(), current.qualityNote(),
                current.corrected(), true));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE measurement_version");
    }

    private void revise(DomainEventMessage<?> message, java.util.function.UnaryOperator<Row> change) {
        String id = message.getAggregateIdentifier();
        List<Row> current = jdbc.query("""
                SELECT measurement_id, version, recorded_from, indicator_id, indicator_version, area_id, period_from,
                       period_to, value, numerator, denominator, source, quality_note, corrected, retracted
                FROM measurement_version WHERE measurement_id = ? AND recorded_to IS NULL""",
                (rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(),
                        rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getString(12),
                        rs.getString(13), rs.getBoolean(14), rs.getBoolean(15), null, null), id);
        if (current.isEmpty() || current.get(0).version() >= message.getSequenceNumber()) {
            return;
        }
        jdbc.update("UPDATE measurement_version SET recorded_to = ? WHERE measurement_id = ? AND recorded_to IS NULL",
                Timestamp.from(message.getTimestamp()), id);
        write(List.of(change.apply(current.get(0))));
    }

    private List<Row> pending() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            List<Row> rows = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> writePending());
            return rows;
        });
    }

    private void writePending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        List<Row> rows = CurrentUnitOfWork.get().root().getResource(PENDING);
        if (rows != null && !rows.isEmpty()) {
            write(rows);
            rows.clear();
        }
    }

    private void write(List<Row> rows) {
        jdbc.batchUpdate(INSERT, rows, 1_000, MeasurementProjection::bind);
    }

    private static void bind(PreparedStatement statement, Row row) throws SQLException {
        int i = 1;
        statement.setString(i++, row.measurementId());
        statement.setLong(i++, row.version());
        statement.setTimestamp(i++, Timestamp.from(row.recordedFrom()));
        statement.setString(i++, row.indicator());
        statement.setInt(i++, row.indicatorVersion());
        statement.setString(i++, row.area());
        statement.setDate(i++, Date.valueOf(row.periodFrom()));
        statement.setDate(i++, Date.valueOf(row.periodTo()));
        statement.setBigDecimal(i++, row.value());
        decimal(statement, i++, row.numerator());
        decimal(statement, i++, row.denominator());
        statement.setString(i++, row.source());
        statement.setString(i++, row.qualityNote());
        statement.setBoolean(i++, row.corrected());
        statement.setBoolean(i++, row.retracted());
        statement.setString(i++, row.change().name());
        statement.setString(i++, row.by().eventId());
        statement.setString(i++, row.by().user());
        statement.setString(i++, row.by().role());
        statement.setString(i++, row.by().source());
        statement.setString(i, row.by().reason());
    }

    private static void decimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    enum Change {
        RECORDED,
        CORRECTED,
        RETRACTED
    }

    private record Row(String measurementId, long version, Instant recordedFrom, String indicator,
            int indicatorVersion, String area, LocalDate periodFrom, LocalDate periodTo, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator, String source, String qualityNote, boolean corrected,
            boolean retracted, Change change, RecordedBy by) {

        Row next(DomainEventMessage<?> message, Change change, BigDecimal value, String qualityNote,
                boolean corrected, boolean retracted) {
            return new Row(measurementId, message.getSequenceNumber(), message.getTimestamp(), indicator,
                    indicatorVersion, area, periodFrom, periodTo, value, numerator, denominator, source, qualityNote,
                    corrected, retracted, change, RecordedBy.of(message));
        }
    }
}
