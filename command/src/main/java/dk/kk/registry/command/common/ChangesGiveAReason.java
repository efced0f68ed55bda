package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.AuditMetadata;
import org.axonframework.messaging.MetaData;

/**
 * Corrections, target revisions, conclusions, removals and status changes change what a record means to its readers;
 * the log must say why. The reason travels in the metadata every event keeps, so it is checked there.
 */
public final class ChangesGiveAReason {

    private ChangesGiveAReason() {}

    public static void check(MetaData metaData, String what) {
        Object reason = metaData.get(AuditMetadata.REASON);
        if (reason == null || reason.toString().isBlank()) {
            throw new RuleViolation("ChangesGiveAReason", "reason", what + " requires a reason");
        }
    }
}
