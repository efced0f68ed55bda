package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.NothingChanged;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.intervention.CorrectedValues;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Which facts a correction may change, per kind of event. A correction names one earlier event and gives new values
 * only for the fields that event recorded; the original event stays in the log.
 */
public final class CorrectableFacts {

    private static final Map<String, Set<String>> FIELDS = Map.ofEntries(
            Map.entry("InterventionRegisteredEvent",
                    Set.of("title", "description", "plannedStart", "plannedEnd", "caseReference")),
            Map.entry("InterventionAreaAddedEvent", Set.of("effectiveFrom")),
            Map.entry("InterventionAreaRemovedEvent", Set.of("effectiveTo")),
            Map.entry("PartnerJoinedEvent", Set.of("effectiveFrom", "role")),
            Map.entry("PartnerLeftEvent", Set.of("effectiveTo")),
            Map.entry("FundingGrantedEvent", Set.of("amount", "fromYear", "toYear", "decisionReference")),
            Map.entry("FundingAdjustedEvent", Set.of("amount")),
            Map.entry("ExpenditureRecordedEvent", Set.of("year", "amount")),
            Map.entry("StageChangedEvent", Set.of("effectiveFrom")),
            Map.entry("PlannedEndExtendedEvent", Set.of("plannedEnd")),
            Map.entry("EvaluationRecordedEvent",
                    Set.of("periodFrom", "periodTo", "result", "summary", "reportReference")),
            Map.entry("InterventionEmbeddedEvent", Set.of("effectiveFrom")),
            Map.entry("InterventionScaledEvent", Set.of("effectiveFrom")),
            Map.entry("InterventionTerminatedEvent", Set.of("effectiveFrom")));

    private CorrectableFacts() {
    }

    /** The fields a correction of an event of this type may give (none for a type that cannot be corrected). */
    public static Set<String> fieldsOf(String eventType) {
        return FIELDS.getOrDefault(eventType, Set.of());
    }

    static void check(RecordedFact fact, CorrectedValues values, BiConsumer<RecordedFact, CorrectedValues> state) {
        Set<String> allowed = FIELDS.getOrDefault(fact.type(), Set.of());
        if (values == null) {
            throw new RuleViolation("CorrectionsChangeSomething", "values", "give at least one corrected value");
        }
        int given = 0;
        for (RecordComponent component : CorrectedValues.class.getRecordComponents()) {
            Object value = read(component, values);
            if (value == null) {
                continue;
            }
            given++;
            if (!allowed.contains(component.getName())) {
                throw new RuleViolation("CorrectableFields", "values." + component.getName(),
                        component.getName() + " cannot be corrected on a " + fact.type() + "; it records "
                                + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        if (given == 0) {
            throw new RuleViolation("CorrectionsChangeSomething", "values", "give at least one corrected value");
        }
        if (fact.unchangedBy(values)) {
            throw new NothingChanged("values", "the " + fact.type() + " already records these values");
        }
        if (values.title() != null) {
            Require.present(values.title(), "values.title");
            Require.maxLength(values.title(), RegistrationRules.TITLE_LIMIT, "values.title");
        }
        Require.maxLength(values.description(), RegistrationRules.TEXT_LIMIT, "values.description");
        Require.maxLength(values.summary(), RegistrationRules.TEXT_LIMIT, "values.summary");
        Require.maxLength(values.caseReference(), RegistrationRules.REFERENCE_LIMIT, "values.caseReference");
        Require.maxLength(values.decisionReference(), RegistrationRules.REFERENCE_LIMIT, "values.decisionReference");
        Require.maxLength(values.reportReference(), RegistrationRules.REFERENCE_LIMIT, "values.reportReference");
        state.accept(fact, values);
    }

    private static Object read(RecordComponent component, CorrectedValues values) {
        try {
            return component.getAccessor().invoke(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
