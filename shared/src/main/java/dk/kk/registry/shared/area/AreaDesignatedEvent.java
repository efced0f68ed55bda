package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An area was put on a list under a policy from a date, on the criteria given (and the screening, if one proposed it).
 * Revision 2 states the date as its source does ({@link UncertainDate}); revision 1 held an exact day, which reads the
 * same.
 */
@Revision("2")
public record AreaDesignatedEvent(
        String areaId,
        String designationId,
        DesignationList list,
        String policy,
        UncertainDate effectiveFrom,
        List<String> criteria,
        String screeningId) {}
