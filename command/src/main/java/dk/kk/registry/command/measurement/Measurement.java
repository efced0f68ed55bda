package dk.kk.registry.command.measurement;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.NoPersonalData;
import dk.kk.registry.command.common.NothingChanged;
import dk.kk.registry.command.common.ReasonRequired;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.measurement.CorrectMeasurementCommand;
import dk.kk.registry.shared.measurement.MeasurementCorrectedEvent;
import dk.kk.registry.shared.measurement.MeasurementRecordedEvent;
import dk.kk.registry.shared.measurement.MeasurementRetractedEvent;
import dk.kk.registry.shared.measurement.RecordMeasurementCommand;
import dk.kk.registry.shared.measurement.RetractMeasurementCommand;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One figure: an indicator's value in an area over a period. Recorded once (its id follows from what it measures),
 * then corrected or retracted with a reason. A bulk import appends the recording event directly, so this aggregate
 * must not assume its first event came through its own command handler.
 */
@Aggregate
class Measurement {

    @AggregateIdentifier
    private String measurementId;

    private UncertainValue value;
    private String qualityNote;
    private boolean retracted;

    Measurement() {}

    @CommandHandler
    Measurement(RecordMeasurementCommand command, ReferenceCatalog catalog, IndicatorVersions indicators) {
        apply(RecordingRules.recorded(command, catalog, indicators));
    }

    /**
     * A correction of a retracted measurement reinstates it with the corrected value: with one id per indicator, area
     * and period, this is how a figure that was withdrawn is recorded again.
     */
    @CommandHandler
    long handle(CorrectMeasurementCommand command, MetaData metaData) {
        ReasonRequired.check(metaData, "a correction");
        ExactFigures.requireValue(command.value(), "value");
        RecordingRules.requireOptionalText(command.qualityNote(), "qualityNote", RecordingRules.NOTE_LENGTH);
        NoPersonalData.check(command.qualityNote(), "qualityNote");
        String note = RecordingRules.stripped(command.qualityNote());
        boolean sameValue = value.equals(command.value());
        boolean sameNote = note == null || Objects.equals(note, qualityNote);
        if (!retracted && sameValue && sameNote) {
            throw new NothingChanged(
                    "value",
                    "the measurement already has the value " + value + (note == null ? "" : " and that quality note"));
        }
        apply(new MeasurementCorrectedEvent(measurementId, command.value(), note));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RetractMeasurementCommand command, MetaData metaData) {
        ReasonRequired.check(metaData, "a retraction");
        if (retracted) {
            throw new RuleViolation("RetractOnce", "the measurement is already retracted");
        }
        apply(new MeasurementRetractedEvent(measurementId));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(MeasurementRecordedEvent event) {
        measurementId = event.measurementId();
        value = event.value();
        qualityNote = event.qualityNote();
    }

    @EventSourcingHandler
    void on(MeasurementCorrectedEvent event) {
        value = event.value();
        if (event.qualityNote() != null) {
            qualityNote = event.qualityNote();
        }
        retracted = false;
    }

    @EventSourcingHandler
    void on(MeasurementRetractedEvent event) {
        retracted = true;
    }
}
