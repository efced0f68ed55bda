package dk.kk.registry.infra.demo;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.infra.gateway.SystemCommands;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.measurement.RecordMeasurementCommand;
import java.math.BigDecimal;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The figures the seeds give, as measurements for the period and with the value as the seed supports them (a range,
 * a bound, an uncertain year), against the area or comparison the seed names; the measurement's source is the seed's
 * section and words, its quality note the seed's caveat. A figure dated only by the document that reports it is
 * recorded for a period open at its start ("../2024-11", ADR 0016). A figure whose period has no last possible day
 * (unknown, or "2024-09/..") cannot be a measurement, which no comparison could place in a year: it stays in the
 * history's data and the log says so.
 */
@Component
@Order(1)
class DemoFigures implements DemoSection {

    private static final Logger log = LoggerFactory.getLogger(DemoFigures.class);

    private final SystemCommands commands;
    private final ReferenceCatalog catalog;

    DemoFigures(SystemCommands commands, ReferenceCatalog catalog) {
        this.commands = commands;
        this.catalog = catalog;
    }

    @Override
    public int load(DemoHistory history) {
        int recorded = 0;
        if (history.figures() == null) {
            return 0;
        }
        Map<String, String> titles = history.titles();
        for (DemoHistory.Figure figure : history.figures()) {
            if (figure.period().latest() == null) {
                log.info(
                        "demo figure {} not recorded: its period {} has no last possible day",
                        figure.key(),
                        figure.period().notation());
                continue;
            }
            RecordMeasurementCommand command = RecordMeasurementCommand.of(
                    figure.indicator(),
                    figure.area(),
                    figure.period(),
                    figure.value(),
                    decimal(figure.numerator()),
                    decimal(figure.denominator()),
                    place(figure.source()),
                    figure.qualityNote());
            if (catalog.kindOf(command.measurementId()).isEmpty()) {
                commands.send(command, AuditMetadata.SOURCE_IMPORT, figure.reason(titles), figure.citation());
                recorded++;
            }
        }
        return recorded;
    }

    /** A measurement's source is short (a document and its section); the words go in the citation. */
    private static String place(DemoHistory.Cite cite) {
        String place = cite.id() + ": " + cite.locator();
        return place.length() <= SOURCE_LIMIT ? place : place.substring(0, SOURCE_LIMIT - 1) + "…";
    }

    private static final int SOURCE_LIMIT = 200;

    private static BigDecimal decimal(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
