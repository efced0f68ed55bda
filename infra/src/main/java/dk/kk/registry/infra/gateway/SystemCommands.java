package dk.kk.registry.infra.gateway;

import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Citation;
import dk.kk.registry.shared.common.Role;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/** Commands the registry issues itself (reference data, imports), recorded as such with their source. */
@Component
public class SystemCommands {

    private final CommandGateway gateway;

    SystemCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public Object send(Object command, String source, String reason) {
        return send(command, source, reason, null);
    }

    /** As {@link #send(Object, String, String)}, citing the source the command's facts come from. */
    public Object send(Object command, String source, String reason, Citation citation) {
        MetaData meta = MetaData.from(Map.of(
                AuditMetadata.USER,
                "registry",
                AuditMetadata.ROLE,
                Role.SYSTEM.name(),
                AuditMetadata.SOURCE,
                source,
                AuditMetadata.REASON,
                reason,
                AuditMetadata.CORRELATION_ID,
                UUID.randomUUID().toString()));
        if (citation != null) {
            meta = meta.and(AuditMetadata.CITATION, citation.toMetadata());
        }
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(meta);
        return StaleAggregates.sendOnceMoreIfStale(() -> gateway.sendAndWait(message));
    }
}
