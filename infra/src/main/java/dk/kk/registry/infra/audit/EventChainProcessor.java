package dk.kk.registry.infra.audit;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Keeps the hash chain (ADR 0009) with its own tracking processor. It links once per batch, when the batch commits:
 * the links are read from the event table as stored, not from the upcast messages the handler receives, so that the
 * chain is over the bytes an auditor exports.
 */
@Component
@ProcessingGroup(EventChainProcessor.GROUP)
class EventChainProcessor {

    static final String GROUP = "audit-chain";
    private static final String DELIVERED = GROUP + ".delivered";

    private final EventChainLinker linker;

    EventChainProcessor(EventChainLinker linker) {
        this.linker = linker;
    }

    @EventHandler
    void on(Object event, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException("a token without a position"));
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<Long> delivered = batch.getOrComputeResource(DELIVERED, key -> {
            List<Long> positions = new ArrayList<>();
            batch.onPrepareCommit(unit -> linker.extend(positions));
            return positions;
        });
        delivered.add(position);
    }
}
