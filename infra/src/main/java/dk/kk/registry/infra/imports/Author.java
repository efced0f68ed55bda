package dk.kk.registry.infra.imports;

import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Role;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * Who records a bulk of measurements, from where and in which request: the audit metadata that a command would
 * carry to its events (see {@code Commands}), here put on appended events directly.
 */
public record Author(String user, Role role, String administration, String source, String correlationId) {

    MetaData metaData(String reason) {
        Map<String, Object> meta = new HashMap<>();
        meta.put(AuditMetadata.USER, user);
        meta.put(AuditMetadata.ROLE, role.name());
        if (administration != null) {
            meta.put(AuditMetadata.ADMINISTRATION, administration);
        }
        if (reason != null && !reason.isBlank()) {
            meta.put(AuditMetadata.REASON, reason.strip());
        }
        meta.put(AuditMetadata.SOURCE, source);
        meta.put(AuditMetadata.CORRELATION_ID, correlationId);
        return MetaData.from(meta);
    }
}
