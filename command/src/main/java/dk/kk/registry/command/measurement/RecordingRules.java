package dk.kk.registry.command.measurement;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.NoPersonalData;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.measurement.MeasurementIds;
import dk.kk.registry.shared.measurement.MeasurementRecordedEvent;
import dk.kk.registry.shared.measurement.RecordMeasurementCommand;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a measurement must be to be recorded, and the event that records it. The {@link Measurement} aggregate and
 * the bulk import both go through here, so a figure is judged by the same rules whichever way it arrives.
 */
public final class RecordingRules {

    static final int SOURCE_LENGTH = 200;
    static final int NOTE_LENGTH = 2_000;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private RecordingRules() {}

    /** The event that records the command, or a {@link RuleViolation} naming the first rule it breaks. */
    public static MeasurementRecordedEvent recorded(
            RecordMeasurementCommand command, ReferenceCatalog catalog, IndicatorVersions indicators) {
        requireStatedPeriod(command);
        if (!openAtItsStart(command.period())) {
            NewIds.requirePresent(command.periodFrom(), "period");
        }
        NewIds.requirePresent(command.periodTo(), "period");
        ExactFigures.requireValue(command.value(), "value");
        ExactFigures.check(command.numerator(), command.denominator());
        requireOptionalText(command.source(), "source", SOURCE_LENGTH);
        requireOptionalText(command.qualityNote(), "qualityNote", NOTE_LENGTH);
        NoPersonalData.check(command.source(), "source");
        NoPersonalData.check(command.qualityNote(), "qualityNote");
        requirePeriod(command.periodFrom(), command.periodTo());
        if (command.indicator() == null || command.indicator().isBlank()) {
            throw new RuleViolation("RequiredFields", "indicator", "indicator is required");
        }
        int indicatorVersion = indicators
                .current(command.indicator())
                .orElseThrow(() -> new RuleViolation(
                        "ReferencesMustExist", "indicator", "unknown indicator '" + command.indicator() + "'"));
        catalog.require(ReferenceKind.AREA, command.area(), "area");
        String expectedId = MeasurementIds.of(
                command.indicator(), command.area(), command.periodFrom(), command.periodTo(), command.period());
        if (!expectedId.equals(command.measurementId())) {
            throw new RuleViolation(
                    "IdFollowsFromIndicatorAreaAndPeriod",
                    "measurementId",
                    "a measurement of this indicator, area and period has the id " + expectedId);
        }
        return new MeasurementRecordedEvent(
                expectedId,
                command.indicator(),
                indicatorVersion,
                command.area(),
                command.periodFrom(),
                command.periodTo(),
                command.period(),
                command.value(),
                command.numerator(),
                command.denominator(),
                stripped(command.source()),
                stripped(command.qualityNote()));
    }

    static void requireOptionalText(String text, String field, int max) {
        if (text != null && text.length() > max) {
            throw new RuleViolation("TextLimits", field, field + " is longer than " + max + " characters");
        }
    }

    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Whether the period is stated with a last possible day and no first one ("../2024-11": a figure a document
     * reports without its year is for some time up to the document's date, ADR 0016).
     */
    static boolean openAtItsStart(UncertainDate period) {
        return period != null && period.earliest() == null && period.latest() != null;
    }

    /**
     * An uncertain period's days are its earliest and latest. It needs a last possible day: a figure that may be for
     * any time to come ("2017/..", "unknown") can be placed in no year. A first day it may lack ("../2024-11").
     */
    private static void requireStatedPeriod(RecordMeasurementCommand command) {
        UncertainDate period = command.period();
        if (period == null) {
            return;
        }
        if (period.latest() == null) {
            throw new RuleViolation(
                    "PeriodsAreBounded",
                    "period",
                    "a measurement's period needs a last possible day; '" + period.notation() + "' has none");
        }
        if (!Objects.equals(period.earliest(), command.periodFrom())
                || !period.latest().equals(command.periodTo())) {
            throw new RuleViolation(
                    "PeriodsAreBounded",
                    "period",
                    "the period " + period.notation() + " runs from " + period.earliest() + " to " + period.latest());
        }
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
                throw new RuleViolation(
                        "PeriodsWithinRange", "period", "a period lies between " + EARLIEST + " and " + LATEST);
            }
            return;
        }
        if (to.isBefore(from)) {
            throw new RuleViolation(
                    "PeriodsRunForward", "period", "the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new RuleViolation(
                    "PeriodsWithinRange", "period", "a period lies between " + EARLIEST + " and " + LATEST);
        }
    }
}
