package dk.kk.registry.shared.policy;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a policy with its period as its sources state it, objectives, focus areas and designation criteria. */
public record AdoptPolicyCommand(
        @TargetAggregateIdentifier String policyId,
        String title,
        UncertainDate periodFrom,
        UncertainDate periodTo,
        List<String> objectives,
        List<String> focusAreas,
        String criteriaLabel,
        List<String> criteria) {}
