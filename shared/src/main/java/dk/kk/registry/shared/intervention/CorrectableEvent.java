package dk.kk.registry.shared.intervention;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of event a correction may name, as the event log stores them. The names are the log's, not the code's:
 * renaming an event class changes nothing here.
 */
public enum CorrectableEvent {
    REGISTRATION(
            InterventionRegisteredEvent.class,
            RegistrationCorrection.class,
            "caseReference",
            "description",
            "plannedEnd",
            "plannedStart",
            "title"),
    AREA_ADDED(InterventionAreaAddedEvent.class, AreaAdditionCorrection.class, "effectiveFrom"),
    AREA_REMOVED(InterventionAreaRemovedEvent.class, AreaRemovalCorrection.class, "effectiveTo"),
    PARTNER_JOINED(PartnerJoinedEvent.class, PartnerJoiningCorrection.class, "effectiveFrom", "role"),
    PARTNER_LEFT(PartnerLeftEvent.class, PartnerDepartureCorrection.class, "effectiveTo"),
    FUNDING_GRANTED(
            FundingGrantedEvent.class,
            FundingGrantCorrection.class,
            "amount",
            "decisionReference",
            "fromYear",
            "toYear"),
    FUNDING_ADJUSTED(FundingAdjustedEvent.class, FundingAdjustmentCorrection.class, "amount"),
    EXPENDITURE_RECORDED(ExpenditureRecordedEvent.class, ExpenditureCorrection.class, "amount", "year"),
    STAGE_CHANGED(StageChangedEvent.class, StageChangeCorrection.class, "effectiveFrom"),
    PLANNED_END_EXTENDED(PlannedEndExtendedEvent.class, PlannedEndExtensionCorrection.class, "plannedEnd"),
    EVALUATION_RECORDED(
            EvaluationRecordedEvent.class,
            EvaluationCorrection.class,
            "periodFrom",
            "periodTo",
            "reportReference",
            "result",
            "summary"),
    EMBEDDED(InterventionEmbeddedEvent.class, EmbeddingCorrection.class, "effectiveFrom"),
    SCALED(InterventionScaledEvent.class, ScalingCorrection.class, "effectiveFrom"),
    TERMINATED(InterventionTerminatedEvent.class, TerminationCorrection.class, "effectiveFrom");

    private final Class<?> event;
    private final Class<? extends Correction> correction;
    private final List<String> fields;

    CorrectableEvent(Class<?> event, Class<? extends Correction> correction, String... fields) {
        this.event = event;
        this.correction = correction;
        this.fields = List.of(fields);
    }

    /** The kind of an event of this class, if a correction may name it. */
    public static Optional<CorrectableEvent> of(Class<?> eventClass) {
        for (CorrectableEvent kind : values()) {
            if (kind.event.equals(eventClass)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind of the event of this type (as an intervention's history names it), if a correction may name it. */
    public static Optional<CorrectableEvent> ofEventType(String type) {
        for (CorrectableEvent kind : values()) {
            if (kind.eventType().equals(type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The type of the event, as an intervention's history and its corrections name it. */
    public String eventType() {
        return event.getSimpleName();
    }

    /** The record that corrects an event of this kind. */
    public Class<? extends Correction> correctionType() {
        return correction;
    }

    /** The fields the event recorded and a correction may give, in alphabetical order. */
    public List<String> fields() {
        return fields;
    }

    /** Of the values given, the names of those the event did not record. */
    public List<String> notRecorded(CorrectedValues values) {
        return values.given().stream().filter(field -> !fields.contains(field)).toList();
    }

    /** The correction of an event of this kind, with the values given for the fields it recorded. */
    public Correction correction(CorrectedValues v) {
        return switch (this) {
            case REGISTRATION ->
                new RegistrationCorrection(
                        v.title(), v.description(), v.plannedStart(), v.plannedEnd(), v.caseReference());
            case AREA_ADDED -> new AreaAdditionCorrection(v.effectiveFrom());
            case AREA_REMOVED -> new AreaRemovalCorrection(v.effectiveTo());
            case PARTNER_JOINED -> new PartnerJoiningCorrection(v.effectiveFrom(), v.role());
            case PARTNER_LEFT -> new PartnerDepartureCorrection(v.effectiveTo());
            case FUNDING_GRANTED ->
                new FundingGrantCorrection(v.amount(), v.fromYear(), v.toYear(), v.decisionReference());
            case FUNDING_ADJUSTED -> new FundingAdjustmentCorrection(v.amount());
            case EXPENDITURE_RECORDED -> new ExpenditureCorrection(v.year(), v.amount());
            case STAGE_CHANGED -> new StageChangeCorrection(v.effectiveFrom());
            case PLANNED_END_EXTENDED -> new PlannedEndExtensionCorrection(v.plannedEnd());
            case EVALUATION_RECORDED ->
                new EvaluationCorrection(v.periodFrom(), v.periodTo(), v.result(), v.summary(), v.reportReference());
            case EMBEDDED -> new EmbeddingCorrection(v.effectiveFrom());
            case SCALED -> new ScalingCorrection(v.effectiveFrom());
            case TERMINATED -> new TerminationCorrection(v.effectiveFrom());
        };
    }
}
