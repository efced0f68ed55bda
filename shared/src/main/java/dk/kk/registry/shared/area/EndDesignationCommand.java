package dk.kk.registry.shared.area;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes an area off a list after a date. */
public record EndDesignationCommand(
        @TargetAggregateIdentifier String areaId,
        @TargetAggregateVersion Long expectedVersion,
        String designationId,
        LocalDate effectiveTo) {
}
