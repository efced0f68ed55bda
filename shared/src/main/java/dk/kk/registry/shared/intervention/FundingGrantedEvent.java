package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;
import org.axonframework.serialization.Revision;

/** Money was committed to an intervention by a source for the years given (inclusive). */
@Revision("1")
public record FundingGrantedEvent(
        String interventionId,
        String fundingId,
        String source,
        FundingSourceKind sourceKind,
        Money amount,
        int fromYear,
        int toYear,
        String decisionReference) {}
