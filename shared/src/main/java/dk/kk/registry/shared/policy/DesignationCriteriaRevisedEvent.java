package dk.kk.registry.shared.policy;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A policy's designation criteria read as given from a date; the version number counts from 1 at adoption.
 * Revision 2 states the date as its source does ({@link UncertainDate}); revision 1 held an exact day, which reads the
 * same.
 */
@Revision("2")
public record DesignationCriteriaRevisedEvent(
        String policyId, int criteriaVersion, String label, UncertainDate effectiveFrom, List<String> criteria) {}
