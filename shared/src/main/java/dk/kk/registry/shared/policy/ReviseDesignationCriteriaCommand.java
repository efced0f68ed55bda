package dk.kk.registry.shared.policy;

import dk.kk.registry.shared.common.UncertainDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records a new version of a policy's designation criteria; the earlier versions stay readable. */
public record ReviseDesignationCriteriaCommand(
        @TargetAggregateIdentifier String policyId,
        @TargetAggregateVersion Long expectedVersion,
        String label,
        UncertainDate effectiveFrom,
        List<String> criteria) {}
