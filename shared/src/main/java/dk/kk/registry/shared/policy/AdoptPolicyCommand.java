package dk.kk.registry.shared.policy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a policy with its period, objectives, focus areas and designation criteria. */
public record AdoptPolicyCommand(
        @TargetAggregateIdentifier String policyId,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<String> objectives,
        List<String> focusAreas,
        String criteriaLabel,
        List<String> criteria) {
}
