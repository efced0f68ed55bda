package dk.kk.registry.shared.policy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A policy's designation criteria read as given from a date; the version number counts from 1 at adoption. */
@Revision("1")
public record DesignationCriteriaRevisedEvent(
        String policyId,
        int criteriaVersion,
        String label,
        LocalDate effectiveFrom,
        List<String> criteria) {
}
