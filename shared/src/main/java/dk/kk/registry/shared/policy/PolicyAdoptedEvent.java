package dk.kk.registry.shared.policy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A policy was adopted for a period, with its objectives, focus areas and first version of designation criteria.
 * Revision 2 added objectives, focus areas and the criteria's label; revision 1 payloads are upcast with empty ones.
 */
@Revision("2")
public record PolicyAdoptedEvent(
        String policyId,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<String> objectives,
        List<String> focusAreas,
        String criteriaLabel,
        List<String> criteria) {
}
