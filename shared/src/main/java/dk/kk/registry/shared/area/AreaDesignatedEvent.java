package dk.kk.registry.shared.area;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An area was put on a list under a policy from a date, on the criteria given (and the screening, if one proposed it). */
@Revision("1")
public record AreaDesignatedEvent(
        String areaId,
        String designationId,
        DesignationList list,
        String policy,
        LocalDate effectiveFrom,
        List<String> criteria,
        String screeningId) {
}
