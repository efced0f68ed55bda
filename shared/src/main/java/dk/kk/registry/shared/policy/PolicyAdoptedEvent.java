package dk.kk.registry.shared.policy;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A policy was adopted for a period, with its objectives, focus areas and first version of designation criteria.
 * Revision 2 added objectives, focus areas and the criteria's label; revision 1 payloads are upcast with empty ones.
 * Revision 3 states the period as its sources do ({@link UncertainDate}); revision 2 held exact days, which read the
 * same.
 */
@Revision("3")
public record PolicyAdoptedEvent(
        String policyId,
        String title,
        UncertainDate periodFrom,
        UncertainDate periodTo,
        List<String> objectives,
        List<String> focusAreas,
        String criteriaLabel,
        List<String> criteria) {}
