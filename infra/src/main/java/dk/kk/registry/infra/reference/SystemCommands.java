package dk.kk.registry.infra.reference;

import dk.kk.registry.shared.common.AuditMetadata;
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
        MetaData meta = MetaData.from(Map.of(
                AuditMetadata.USER, "registry",
                AuditMetadata.ROLE, Role.SYSTEM.name(),
                AuditMetadata.SOURCE, source,
                AuditMetadata.REASON, reason,
                AuditMetadata.CORRELATION_ID, UUID.randomUUID().toString()));
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(meta));
    }
}
