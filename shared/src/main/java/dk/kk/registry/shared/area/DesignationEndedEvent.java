package dk.kk.registry.shared.area;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An area's designation on a list ended on a date. */
@Revision("1")
public record DesignationEndedEvent(
        String areaId,
        String designationId,
        LocalDate effectiveTo) {
}
