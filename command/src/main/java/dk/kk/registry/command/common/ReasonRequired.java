package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.AuditMetadata;
import java.util.Map;

/** Corrections, retractions and redefinitions say why (API.md): the reason travels in the command's metadata. */
public final class ReasonRequired {

    private ReasonRequired() {}

    public static void check(Map<String, ?> metaData, String change) {
        Object reason = metaData.get(AuditMetadata.REASON);
        if (reason == null || reason.toString().isBlank()) {
            throw new RuleViolation("ReasonRequired", "reason", change + " requires a reason");
        }
    }
}
