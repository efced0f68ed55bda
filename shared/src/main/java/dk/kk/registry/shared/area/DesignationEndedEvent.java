package dk.kk.registry.shared.area;

import dk.kk.registry.shared.common.UncertainDate;
import org.axonframework.serialization.Revision;

/**
 * An area's designation on a list ended on a date. Revision 2 states the date as its source does ({@link UncertainDate});
 * revision 1 held an exact day, which reads the same.
 */
@Revision("2")
public record DesignationEndedEvent(String areaId, String designationId, UncertainDate effectiveTo) {}
