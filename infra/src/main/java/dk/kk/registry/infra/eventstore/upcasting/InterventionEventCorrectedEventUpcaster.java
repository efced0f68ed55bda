package dk.kk.registry.infra.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kk.registry.shared.intervention.CorrectableEvent;
import java.util.Iterator;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads {@code InterventionEventCorrectedEvent} revision 1 as revision 2. Revision 1 named the corrected event by the
 * simple name of its Java class ({@code correctedEventType}) and gave every correctable field of every kind side by
 * side ({@code values}, null where not given); the registry refused a value for a field the named event did not
 * record, so every value given belongs to that event. Revision 2 names the kind ({@code correctedEvent}) and carries
 * the correction of that kind with its fields only. The class names below are those revision 1 stored, kept here as
 * they were: a class renamed later must not change how an old correction reads.
 */
@Component
class InterventionEventCorrectedEventUpcaster extends NextRevisionUpcaster {

    static final String TYPE = "dk.kk.registry.shared.intervention.InterventionEventCorrectedEvent";

    private static final Map<String, CorrectableEvent> STORED_NAMES = Map.ofEntries(
            Map.entry("InterventionRegisteredEvent", CorrectableEvent.REGISTRATION),
            Map.entry("InterventionAreaAddedEvent", CorrectableEvent.AREA_ADDED),
            Map.entry("InterventionAreaRemovedEvent", CorrectableEvent.AREA_REMOVED),
            Map.entry("PartnerJoinedEvent", CorrectableEvent.PARTNER_JOINED),
            Map.entry("PartnerLeftEvent", CorrectableEvent.PARTNER_LEFT),
            Map.entry("FundingGrantedEvent", CorrectableEvent.FUNDING_GRANTED),
            Map.entry("FundingAdjustedEvent", CorrectableEvent.FUNDING_ADJUSTED),
            Map.entry("ExpenditureRecordedEvent", CorrectableEvent.EXPENDITURE_RECORDED),
            Map.entry("StageChangedEvent", CorrectableEvent.STAGE_CHANGED),
            Map.entry("PlannedEndExtendedEvent", CorrectableEvent.PLANNED_END_EXTENDED),
            Map.entry("EvaluationRecordedEvent", CorrectableEvent.EVALUATION_RECORDED),
            Map.entry("InterventionEmbeddedEvent", CorrectableEvent.EMBEDDED),
            Map.entry("InterventionScaledEvent", CorrectableEvent.SCALED),
            Map.entry("InterventionTerminatedEvent", CorrectableEvent.TERMINATED));

    InterventionEventCorrectedEventUpcaster() {
        super(TYPE, "1", "2");
    }

    @Override
    ObjectNode upcast(ObjectNode event) {
        String storedName = event.path("correctedEventType").asText();
        CorrectableEvent kind = STORED_NAMES.get(storedName);
        if (kind == null) {
            throw new IllegalStateException(
                    "a revision-1 correction names an event of unknown type '" + storedName + "'");
        }
        ObjectNode correction = event.objectNode();
        JsonNode values = event.path("values");
        for (Iterator<String> names = values.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (kind.fields().contains(name)) {
                correction.set(name, values.get(name));
            }
        }
        event.remove("correctedEventType");
        event.remove("values");
        event.put("correctedEvent", kind.name());
        event.set("correction", correction);
        return event;
    }
}
