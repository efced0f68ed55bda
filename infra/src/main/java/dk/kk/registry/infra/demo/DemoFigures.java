package dk.kk.registry.infra.demo;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.infra.reference.SystemCommands;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.measurement.RecordMeasurementCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The figures the seeds give, as measurements for the whole year they refer to, against the area or comparison the
 * seed names; the measurement's source is the seed's section, and its quality note the seed's caveat.
 */
@Component
@Order(1)
class DemoFigures implements DemoSection {

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
        for (DemoHistory.Figure figure : history.figures()) {
            RecordMeasurementCommand command = RecordMeasurementCommand.of(figure.indicator(), figure.area(),
                    LocalDate.of(figure.year(), 1, 1), LocalDate.of(figure.year(), 12, 31),
                    new BigDecimal(figure.value()), decimal(figure.numerator()), decimal(figure.denominator()),
                    figure.source(), figure.qualityNote());
            if (catalog.kindOf(command.measurementId()).isEmpty()) {
                commands.send(command, AuditMetadata.SOURCE_IMPORT, figure.source());
                recorded++;
            }
        }
        return recorded;
    }

    private static BigDecimal decimal(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
