package dk.kk.registry.shared.policy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A policy was adopted for a period with the designation criteria given. */
@Revision("1")
public record PolicyAdoptedEvent(
        String policyId,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<String> criteria) {
}
