package dk.kk.registry.shared.policy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records a new version of a policy's designation criteria; the earlier versions stay readable. */
public record ReviseDesignationCriteriaCommand(
        @TargetAggregateIdentifier String policyId,
        @TargetAggregateVersion Long expectedVersion,
        String label,
        LocalDate effectiveFrom,
        List<String> criteria) {
}
