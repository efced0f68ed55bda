package dk.kk.registry.shared.plan;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A development plan was started for an area under a policy, in DRAFTING. */
@Revision("1")
public record DevelopmentPlanCreatedEvent(
        String planId,
        String area,
        String policy,
        String title,
        String purpose,
        Integer wave,
        Integer budgetYear,
        List<String> timing) {}
