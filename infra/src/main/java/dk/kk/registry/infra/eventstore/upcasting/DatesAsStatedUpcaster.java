package dk.kk.registry.infra.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads the intervention, designation and policy events recorded when their effective dates were exact days as the
 * revisions that carry dates as their sources state them ({@code UncertainDate}: a day, month, year, interval, bound or
 * unknown). An exact day is
 * written the same in both ({@code "2018-05-14"}), so the payload is kept as stored and only its revision moves on;
 * the upcaster exists so that the log's old revisions are named and read deliberately, not by accident. Ordered last,
 * after the upcasters of earlier revisions (a correction of revision 1 becomes 2 there, then 3 here; a policy's
 * adoption of revision 1 likewise becomes 2, then 3).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class DatesAsStatedUpcaster extends SingleEventUpcaster {

    private static final String PACKAGE = "dk.kk.registry.shared.intervention.";
    private static final String AREA = "dk.kk.registry.shared.area.";
    private static final String POLICY = "dk.kk.registry.shared.policy.";

    /** Each event whose dates became {@code UncertainDate}, by the revision that still held exact days. */
    public static final Map<String, String> EXACT_DAY_REVISIONS = Map.ofEntries(
            Map.entry(PACKAGE + "InterventionRegisteredEvent", "1"),
            Map.entry(PACKAGE + "StageChangedEvent", "1"),
            Map.entry(PACKAGE + "InterventionAreaAddedEvent", "1"),
            Map.entry(PACKAGE + "InterventionAreaRemovedEvent", "1"),
            Map.entry(PACKAGE + "PartnerJoinedEvent", "1"),
            Map.entry(PACKAGE + "PartnerLeftEvent", "1"),
            Map.entry(PACKAGE + "InterventionTerminatedEvent", "1"),
            Map.entry(PACKAGE + "InterventionEmbeddedEvent", "1"),
            Map.entry(PACKAGE + "InterventionScaledEvent", "1"),
            Map.entry(PACKAGE + "PlannedEndExtendedEvent", "1"),
            Map.entry(PACKAGE + "EvaluationRecordedEvent", "1"),
            Map.entry(PACKAGE + "EvaluationBecameOverdueEvent", "1"),
            Map.entry(PACKAGE + "InterventionEventCorrectedEvent", "2"),
            Map.entry(AREA + "AreaDesignatedEvent", "1"),
            Map.entry(AREA + "DesignationEndedEvent", "1"),
            Map.entry(POLICY + "PolicyAdoptedEvent", "2"),
            Map.entry(POLICY + "DesignationCriteriaRevisedEvent", "1"));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String revision = EXACT_DAY_REVISIONS.get(representation.getType().getName());
        return revision != null && revision.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String name = representation.getType().getName();
        String next = String.valueOf(Integer.parseInt(EXACT_DAY_REVISIONS.get(name)) + 1);
        return representation.upcastPayload(new SimpleSerializedType(name, next), JsonNode.class, payload -> payload);
    }
}
