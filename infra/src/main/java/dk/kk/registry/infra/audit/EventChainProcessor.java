package dk.kk.registry.infra.audit;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Keeps the hash chain (ADR 0009) with its own tracking processor. It links once per batch, when the batch commits:
 * the links are read from the event table as stored, not from the upcast messages the handler receives, so that the
 * chain is over the bytes an auditor exports.
 *
 * <p>The batch names its events by their identifiers, not by the tracking token: for an event that commits after
 * events with higher global indexes, a gap-aware token's position is the highest index seen, not the event's own, and
 * the late event would never be relinked.
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
    void on(EventMessage<?> event) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<String> delivered = batch.getOrComputeResource(DELIVERED, key -> {
            List<String> eventIds = new ArrayList<>();
            batch.onPrepareCommit(unit -> linker.extend(linker.positions(eventIds)));
            return eventIds;
        });
        delivered.add(event.getIdentifier());
    }
}
