package dk.kk.registry.command.goal;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.AuditMetadata;
import org.axonframework.messaging.MetaData;

/**
 * Corrections, target revisions and conclusions change what a goal means to its readers; the log must say why. The
 * reason travels in the metadata every event keeps, so it is checked there.
 */
final class ChangesGiveAReason {

    private ChangesGiveAReason() {
    }

    static void check(MetaData metaData, String what) {
        Object reason = metaData.get(AuditMetadata.REASON);
        if (reason == null || reason.toString().isBlank()) {
            throw new RuleViolation("ChangesGiveAReason", "reason", what + " requires a reason");
        }
    }
}
