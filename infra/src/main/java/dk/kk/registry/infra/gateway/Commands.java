package dk.kk.registry.infra.gateway;

import dk.kk.registry.infra.http.RequestContext;
import dk.kk.registry.infra.security.CurrentActor;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Citation;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of the signed-in user with the audit metadata every event carries (who, role,
 * administration, why, from where, which request, which source it cites), then waits until the read models show its effect, so that a
 * client reads its own write.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ReadYourWrites readYourWrites;

    Commands(CommandGateway gateway, ReadYourWrites readYourWrites) {
        this.gateway = gateway;
        this.readYourWrites = readYourWrites;
    }

    /** Sends a command that creates an aggregate; answers its version (0). */
    public long create(Object command, String aggregateId, String reason) {
        send(command, reason);
        readYourWrites.awaitCreated(aggregateId);
        return 0;
    }

    /** Sends a command to an existing aggregate; answers the aggregate's new version. */
    public long update(Object command, String aggregateId, String reason) {
        Object result = send(command, reason);
        long version = result instanceof Number number ? number.longValue() : 0;
        readYourWrites.await(aggregateId, version);
        return version;
    }

    private Object send(Object command, String reason) {
        CurrentActor actor = CurrentActor.get();
        Map<String, Object> meta = new HashMap<>();
        meta.put(AuditMetadata.USER, actor.user());
        meta.put(AuditMetadata.ROLE, actor.role().name());
        if (actor.administration() != null) {
            meta.put(AuditMetadata.ADMINISTRATION, actor.administration());
        }
        if (reason != null && !reason.isBlank()) {
            meta.put(AuditMetadata.REASON, reason.strip());
        }
        meta.put(AuditMetadata.SOURCE, RequestContext.source());
        meta.put(AuditMetadata.CORRELATION_ID, RequestContext.correlationId());
        Citation citation = RequestContext.citation();
        if (citation != null) {
            meta.put(AuditMetadata.CITATION, citation.toMetadata());
        }
        var message = GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(meta));
        return StaleAggregates.sendOnceMoreIfStale(() -> gateway.sendAndWait(message));
    }
}
