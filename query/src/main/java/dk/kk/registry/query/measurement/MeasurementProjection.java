package dk.kk.registry.query.measurement;

import dk.kk.registry.query.common.DocumentProjection;
import dk.kk.registry.query.common.DocumentTable;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.query.common.StoredValues;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.measurement.MeasurementCorrectedEvent;
import dk.kk.registry.shared.measurement.MeasurementRecordedEvent;
import dk.kk.registry.shared.measurement.MeasurementRetractedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects measurement events into {@code measurement_version}: one row per version with the transaction-time
 * interval in which it was current. A bulk import appends up to 100 000 recordings at once; their rows are written
 * when the processor's batch commits, in JDBC batches, and a correction within the same batch revises the pending row.
 */
@Component
@ProcessingGroup(MeasurementProjection.GROUP)
class MeasurementProjection extends DocumentProjection<MeasurementProjection.Measurement> {

    static final String GROUP = "measurements";

    private static final DocumentTable<Measurement> TABLE = DocumentTable.<Measurement>keyedBy(
                    "measurement_version", "measurement_id")
            .column("indicator_id", Measurement::indicator)
            .column("indicator_version", Measurement::indicatorVersion)
            .column("area_id", Measurement::area)
            .column("period_from", Measurement::periodFrom)
            .column("period_to", Measurement::periodTo)
            .column("period_stated", m -> m.period() == null ? null : m.period().notation())
            .column("value", m -> m.value().pointOrNull())
            .column("value_low", m -> m.value().low())
            .column("value_high", m -> m.value().high())
            .column("value_form", m -> m.value().form())
            .column("numerator", Measurement::numerator)
            .column("denominator", Measurement::denominator)
            .column("source", Measurement::source)
            .column("quality_note", Measurement::qualityNote)
            .column("corrected", Measurement::corrected)
            .column("retracted", Measurement::retracted)
            .column("change", Measurement::change)
            .column("event_id", m -> m.by().eventId())
            .column("recorded_by", m -> m.by().user())
            .column("role", m -> m.by().role())
            .column("write_source", m -> m.by().source())
            .column("reason", m -> m.by().reason())
            .readBack(
                    "indicator_id, indicator_version, area_id, period_from, period_to, period_stated, value_form, "
                            + "value_low, value_high, numerator, denominator, source, quality_note, corrected, retracted",
                    (rs, n) -> new Measurement(
                            rs.getString("indicator_id"),
                            rs.getInt("indicator_version"),
                            rs.getString("area_id"),
                            rs.getObject("period_from", LocalDate.class),
                            rs.getObject("period_to", LocalDate.class),
                            StoredValues.period(rs, "period_stated"),
                            StoredValues.value(rs, "value"),
                            rs.getBigDecimal("numerator"),
                            rs.getBigDecimal("denominator"),
                            rs.getString("source"),
                            rs.getString("quality_note"),
                            rs.getBoolean("corrected"),
                            rs.getBoolean("retracted"),
                            null,
                            null));

    MeasurementProjection(JdbcTemplate jdbc) {
        super(jdbc, GROUP, TABLE, MeasurementRecordedEvent.class);
    }

    @EventHandler
    void on(MeasurementRecordedEvent event, DomainEventMessage<?> message) {
        documents.start(
                message,
                event.measurementId(),
                () -> new Measurement(
                        event.indicator(),
                        event.indicatorVersion(),
                        event.area(),
                        event.periodFrom(),
                        event.periodTo(),
                        event.period(),
                        event.value(),
                        event.numerator(),
                        event.denominator(),
                        event.source(),
                        event.qualityNote(),
                        false,
                        false,
                        Change.RECORDED,
                        RecordedBy.of(message)));
    }

    @EventHandler
    void on(MeasurementCorrectedEvent event, DomainEventMessage<?> message) {
        documents.revise(
                message,
                message.getAggregateIdentifier(),
                current -> current.next(
                        message,
                        Change.CORRECTED,
                        event.value(),
                        event.qualityNote() != null ? event.qualityNote() : current.qualityNote(),
                        true,
                        false));
    }

    @EventHandler
    void on(MeasurementRetractedEvent event, DomainEventMessage<?> message) {
        documents.revise(
                message,
                message.getAggregateIdentifier(),
                current -> current.next(
                        message, Change.RETRACTED, current.value(), current.qualityNote(), current.corrected(), true));
    }

    enum Change {
        RECORDED,
        CORRECTED,
        RETRACTED
    }

    /** A measurement as one version's row holds it; {@code change} and {@code by} are that version's. */
    record Measurement(
            String indicator,
            int indicatorVersion,
            String area,
            LocalDate periodFrom,
            LocalDate periodTo,
            UncertainDate period,
            UncertainValue value,
            BigDecimal numerator,
            BigDecimal denominator,
            String source,
            String qualityNote,
            boolean corrected,
            boolean retracted,
            Change change,
            RecordedBy by) {

        Measurement next(
                DomainEventMessage<?> message,
                Change change,
                UncertainValue value,
                String qualityNote,
                boolean corrected,
                boolean retracted) {
            return new Measurement(
                    indicator,
                    indicatorVersion,
                    area,
                    periodFrom,
                    periodTo,
                    period,
                    value,
                    numerator,
                    denominator,
                    source,
                    qualityNote,
                    corrected,
                    retracted,
                    change,
                    RecordedBy.of(message));
        }
    }
}
