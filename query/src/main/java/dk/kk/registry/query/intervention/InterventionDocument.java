package dk.kk.registry.query.intervention;

import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The read model's document of one intervention, stored as JSON per version. It remembers which event recorded each
 * fact so that a correction naming that event can be applied to exactly that fact.
 */
class InterventionDocument {

    public String id;
    public String registrationEventId;
    public String title;
    public String description;
    public InterventionKind kind;
    public InterventionCategory category;
    public String leadAdministration;
    public String parent;
    public String caseReference;
    /** Sorted (in the enumeration's order): a set read from JSON iterates differently in each JVM. */
    public SortedSet<TargetGroup> targetGroups = new TreeSet<>();

    public List<String> goals = new ArrayList<>();
    /** The policy the intervention belongs to; null where none is recorded. */
    public String policy;

    public UncertainDate plannedStart;
    public List<Dated> plannedEnds = new ArrayList<>();
    public List<StageEntry> stages = new ArrayList<>();
    public List<Membership> areas = new ArrayList<>();
    public List<Membership> partners = new ArrayList<>();
    public List<FundingLine> funding = new ArrayList<>();
    public List<Expenditure> expenditures = new ArrayList<>();
    public List<Evaluation> evaluations = new ArrayList<>();
    public List<Decision> decisions = new ArrayList<>();
    public List<CorrectionView> corrections = new ArrayList<>();
    public Instant registeredAt;
    public String registeredBy;
    public Instant lastChangedAt;
    /** When the registry recorded the evaluation as overdue (its due instant); null when not overdue. */
    public Instant overdueSince;

    public static class Dated {
        public String eventId;
        public UncertainDate date;

        Dated() {}

        Dated(String eventId, UncertainDate date) {
            this.eventId = eventId;
            this.date = date;
        }
    }

    public static class StageEntry {
        public String eventId;
        public Stage stage;
        public UncertainDate effectiveFrom;
    }

    public static class Membership {
        public String key;
        public PartnerRole role;
        public UncertainDate effectiveFrom;
        public UncertainDate effectiveTo;
        public String startEventId;
        public String endEventId;

        /**
         * The first and last days the span's dates allow, written beside them so that a search over valid time can
         * ask them in SQL ({@link InterventionQueries}); computed from the dates, never read back.
         */
        public java.time.LocalDate getFromEarliest() {
            return effectiveFrom == null ? null : effectiveFrom.earliest();
        }

        public java.time.LocalDate getFromLatest() {
            return effectiveFrom == null ? null : effectiveFrom.latest();
        }

        public java.time.LocalDate getToEarliest() {
            return effectiveTo == null ? null : effectiveTo.earliest();
        }

        public java.time.LocalDate getToLatest() {
            return effectiveTo == null ? null : effectiveTo.latest();
        }
    }

    public static class Adjustment {
        public String eventId;
        public Money amount;
        public Instant recordedAt;
        public String recordedBy;
        public String reason;
    }

    public static class FundingLine {
        public String fundingId;
        public String grantEventId;
        public String source;
        public FundingSourceKind sourceKind;
        public Money grantedAmount;
        public int fromYear;
        public int toYear;
        public String decisionReference;
        public boolean withdrawn;
        public String withdrawalReason;
        public List<Adjustment> adjustments = new ArrayList<>();

        Money current() {
            if (withdrawn) {
                return Money.zero();
            }
            return adjustments.isEmpty() ? grantedAmount : adjustments.get(adjustments.size() - 1).amount;
        }
    }

    public static class Expenditure {
        public String eventId;
        public String expenditureId;
        public int year;
        public Money amount;
    }

    public static class Evaluation {
        public String eventId;
        public Instant recordedAt;
        public EvaluationRecordedEvent recorded;
    }

    public static class Decision {
        public String eventId;
        public DecisionType decision;
        public UncertainDate effectiveFrom;
        public String administration;
        public List<String> areas = new ArrayList<>();
        public String reason;
        public Instant recordedAt;
    }

    void apply(InterventionRegisteredEvent event, RecordedBy by) {
        id = event.interventionId();
        registrationEventId = by.eventId();
        title = event.title();
        description = event.description();
        kind = event.kind();
        category = event.category();
        leadAdministration = event.leadAdministration();
        parent = event.parentId();
        caseReference = event.caseReference();
        targetGroups = new TreeSet<>(event.targetGroups());
        goals = new ArrayList<>(event.goals());
        plannedStart = event.plannedStart();
        plannedEnds.add(new Dated(by.eventId(), event.plannedEnd()));
        StageEntry proposed = new StageEntry();
        proposed.eventId = by.eventId();
        proposed.stage = Stage.PROPOSED;
        proposed.effectiveFrom = event.plannedStart();
        stages.add(proposed);
        event.areas().forEach(area -> areas.add(membership(area, null, event.plannedStart(), by.eventId())));
        registeredAt = by.at();
        registeredBy = by.user();
    }

    void apply(InterventionDetailsRevisedEvent event) {
        title = event.title() != null ? event.title() : title;
        description = event.description() != null ? event.description() : description;
        category = event.category() != null ? event.category() : category;
        targetGroups = event.targetGroups() != null ? new TreeSet<>(event.targetGroups()) : targetGroups;
    }

    void apply(InterventionAreaAddedEvent event, RecordedBy by) {
        areas.add(membership(event.areaId(), null, event.effectiveFrom(), by.eventId()));
    }

    void apply(InterventionAreaRemovedEvent event, RecordedBy by) {
        current(areas, event.areaId()).ifPresent(span -> end(span, event.effectiveTo(), by.eventId()));
    }

    void apply(PartnerJoinedEvent event, RecordedBy by) {
        partners.add(membership(event.organisationId(), event.role(), event.effectiveFrom(), by.eventId()));
    }

    void apply(PartnerLeftEvent event, RecordedBy by) {
        current(partners, event.organisationId()).ifPresent(span -> end(span, event.effectiveTo(), by.eventId()));
    }

    void apply(FundingGrantedEvent event, RecordedBy by) {
        FundingLine line = new FundingLine();
        line.fundingId = event.fundingId();
        line.grantEventId = by.eventId();
        line.source = event.source();
        line.sourceKind = event.sourceKind();
        line.grantedAmount = event.amount();
        line.fromYear = event.fromYear();
        line.toYear = event.toYear();
        line.decisionReference = event.decisionReference();
        funding.add(line);
    }

    void apply(FundingAdjustedEvent event, RecordedBy by) {
        line(event.fundingId()).ifPresent(line -> {
            Adjustment adjustment = new Adjustment();
            adjustment.eventId = by.eventId();
            adjustment.amount = event.amount();
            adjustment.recordedAt = by.at();
            adjustment.recordedBy = by.user();
            adjustment.reason = by.reason();
            line.adjustments.add(adjustment);
        });
    }

    void apply(FundingWithdrawnEvent event, RecordedBy by) {
        line(event.fundingId()).ifPresent(line -> {
            line.withdrawn = true;
            line.withdrawalReason = by.reason();
        });
    }

    void apply(ExpenditureRecordedEvent event, RecordedBy by) {
        Expenditure expenditure = new Expenditure();
        expenditure.eventId = by.eventId();
        expenditure.expenditureId = event.expenditureId();
        expenditure.year = event.year();
        expenditure.amount = event.amount();
        expenditures.add(expenditure);
    }

    void apply(StageChangedEvent event, RecordedBy by) {
        StageEntry entry = new StageEntry();
        entry.eventId = by.eventId();
        entry.stage = event.stage();
        entry.effectiveFrom = event.effectiveFrom();
        stages.add(entry);
    }

    void apply(PlannedEndExtendedEvent event, RecordedBy by) {
        plannedEnds.add(new Dated(by.eventId(), event.plannedEnd()));
    }

    void apply(EvaluationRecordedEvent event, RecordedBy by) {
        Evaluation evaluation = new Evaluation();
        evaluation.eventId = by.eventId();
        evaluation.recordedAt = by.at();
        evaluation.recorded = event;
        evaluations.add(evaluation);
    }

    void apply(InterventionEmbeddedEvent event, RecordedBy by) {
        decide(DecisionType.EMBED_IN_CORE_OPERATIONS, event.effectiveFrom(), event.administration(), List.of(), by);
        stage(Stage.EMBEDDED, event.effectiveFrom(), by);
    }

    void apply(InterventionScaledEvent event, RecordedBy by) {
        decide(DecisionType.SCALE, event.effectiveFrom(), null, event.areas(), by);
        event.areas().forEach(area -> areas.add(membership(area, null, event.effectiveFrom(), by.eventId())));
        stage(Stage.SCALING, event.effectiveFrom(), by);
    }

    void apply(InterventionTerminatedEvent event, RecordedBy by) {
        decide(DecisionType.TERMINATE, event.effectiveFrom(), null, List.of(), by);
        stage(Stage.TERMINATED, event.effectiveFrom(), by);
    }

    void apply(InterventionEventCorrectedEvent event, RecordedBy by) {
        corrected(event.correctedEventId(), event.correction()).run();
        corrections.add(new CorrectionView(
                event.correctedEventId(),
                event.correctedEvent().eventType(),
                ReadModelJson.convert(event.correction(), CorrectedValues.class),
                by.at(),
                by.user(),
                by.reason()));
    }

    /** Which facts a correction of this kind changes; a switch expression, so that no kind is forgotten. */
    private Runnable corrected(String target, Correction correction) {
        return switch (correction.kind()) {
            case REGISTRATION -> () -> correctRegistration((RegistrationCorrection) correction);
            case AREA_ADDED ->
                () -> startCorrected(target, ((AreaAdditionCorrection) correction).effectiveFrom(), null);
            case PARTNER_JOINED ->
                () -> startCorrected(
                        target,
                        ((PartnerJoiningCorrection) correction).effectiveFrom(),
                        ((PartnerJoiningCorrection) correction).role());
            case AREA_REMOVED -> () -> endCorrected(target, ((AreaRemovalCorrection) correction).effectiveTo());
            case PARTNER_LEFT -> () -> endCorrected(target, ((PartnerDepartureCorrection) correction).effectiveTo());
            case FUNDING_GRANTED ->
                () -> {
                    FundingGrantCorrection values = (FundingGrantCorrection) correction;
                    funding.stream()
                            .filter(line -> target.equals(line.grantEventId))
                            .forEach(line -> {
                                line.grantedAmount = or(values.amount(), line.grantedAmount);
                                line.fromYear = or(values.fromYear(), line.fromYear);
                                line.toYear = or(values.toYear(), line.toYear);
                                line.decisionReference = or(values.decisionReference(), line.decisionReference);
                            });
                };
            case FUNDING_ADJUSTED ->
                () -> funding.forEach(line -> line.adjustments.stream()
                        .filter(adjustment -> target.equals(adjustment.eventId))
                        .forEach(adjustment -> adjustment.amount =
                                or(((FundingAdjustmentCorrection) correction).amount(), adjustment.amount)));
            case EXPENDITURE_RECORDED ->
                () -> expenditures.stream()
                        .filter(e -> target.equals(e.eventId))
                        .forEach(e -> {
                            e.year = or(((ExpenditureCorrection) correction).year(), e.year);
                            e.amount = or(((ExpenditureCorrection) correction).amount(), e.amount);
                        });
            case STAGE_CHANGED ->
                () -> stages.stream()
                        .filter(s -> target.equals(s.eventId))
                        .forEach(s -> s.effectiveFrom =
                                or(((StageChangeCorrection) correction).effectiveFrom(), s.effectiveFrom));
            case PLANNED_END_EXTENDED ->
                () -> plannedEnds.stream()
                        .filter(d -> target.equals(d.eventId))
                        .forEach(d -> d.date = or(((PlannedEndExtensionCorrection) correction).plannedEnd(), d.date));
            case EVALUATION_RECORDED ->
                () -> evaluations.stream()
                        .filter(e -> target.equals(e.eventId))
                        .forEach(e -> e.recorded = corrected(e.recorded, (EvaluationCorrection) correction));
            case EMBEDDED -> () -> decisionCorrected(target, ((EmbeddingCorrection) correction).effectiveFrom());
            case SCALED -> () -> decisionCorrected(target, ((ScalingCorrection) correction).effectiveFrom());
            case TERMINATED -> () -> decisionCorrected(target, ((TerminationCorrection) correction).effectiveFrom());
        };
    }

    private void startCorrected(String target, UncertainDate effectiveFrom, PartnerRole role) {
        memberships().stream().filter(span -> target.equals(span.startEventId)).forEach(span -> {
            span.effectiveFrom = or(effectiveFrom, span.effectiveFrom);
            span.role = span.role == null ? null : or(role, span.role);
        });
    }

    private void endCorrected(String target, UncertainDate effectiveTo) {
        memberships().stream()
                .filter(span -> target.equals(span.endEventId))
                .forEach(span -> span.effectiveTo = or(effectiveTo, span.effectiveTo));
    }

    private void decisionCorrected(String target, UncertainDate effectiveFrom) {
        decisions.stream()
                .filter(d -> target.equals(d.eventId))
                .forEach(d -> d.effectiveFrom = or(effectiveFrom, d.effectiveFrom));
        stages.stream()
                .filter(s -> target.equals(s.eventId))
                .forEach(s -> s.effectiveFrom = or(effectiveFrom, s.effectiveFrom));
        areas.stream()
                .filter(span -> target.equals(span.startEventId))
                .forEach(span -> span.effectiveFrom = or(effectiveFrom, span.effectiveFrom));
    }

    private void correctRegistration(RegistrationCorrection values) {
        title = or(values.title(), title);
        description = or(values.description(), description);
        caseReference = or(values.caseReference(), caseReference);
        if (values.plannedStart() != null) {
            plannedStart = values.plannedStart();
            areas.stream()
                    .filter(span -> registrationEventId.equals(span.startEventId))
                    .forEach(span -> span.effectiveFrom = values.plannedStart());
            stages.stream()
                    .filter(s -> registrationEventId.equals(s.eventId))
                    .forEach(s -> s.effectiveFrom = values.plannedStart());
        }
        if (values.plannedEnd() != null) {
            plannedEnds.stream()
                    .filter(d -> registrationEventId.equals(d.eventId))
                    .forEach(d -> d.date = values.plannedEnd());
        }
    }

    private static EvaluationRecordedEvent corrected(EvaluationRecordedEvent e, EvaluationCorrection v) {
        return new EvaluationRecordedEvent(
                e.interventionId(),
                e.evaluationId(),
                or(v.periodFrom(), e.periodFrom()),
                or(v.periodTo(), e.periodTo()),
                e.method(),
                e.evaluator(),
                or(v.result(), e.result()),
                e.evidenceLevel(),
                e.estimates(),
                or(v.summary(), e.summary()),
                or(v.reportReference(), e.reportReference()));
    }

    private List<Membership> memberships() {
        List<Membership> all = new ArrayList<>(areas);
        all.addAll(partners);
        return all;
    }

    private void decide(
            DecisionType type, UncertainDate from, String administration, List<String> newAreas, RecordedBy by) {
        Decision decision = new Decision();
        decision.eventId = by.eventId();
        decision.decision = type;
        decision.effectiveFrom = from;
        decision.administration = administration;
        decision.areas = new ArrayList<>(newAreas);
        decision.reason = by.reason();
        decision.recordedAt = by.at();
        decisions.add(decision);
    }

    private void stage(Stage stage, UncertainDate from, RecordedBy by) {
        StageEntry entry = new StageEntry();
        entry.eventId = by.eventId();
        entry.stage = stage;
        entry.effectiveFrom = from;
        stages.add(entry);
    }

    private static Membership membership(String key, PartnerRole role, UncertainDate from, String eventId) {
        Membership span = new Membership();
        span.key = key;
        span.role = role;
        span.effectiveFrom = from;
        span.startEventId = eventId;
        return span;
    }

    private static void end(Membership span, UncertainDate to, String eventId) {
        span.effectiveTo = to;
        span.endEventId = eventId;
    }

    private static java.util.Optional<Membership> current(List<Membership> spans, String key) {
        return spans.stream()
                .filter(span -> span.key.equals(key) && span.endEventId == null)
                .findFirst();
    }

    private java.util.Optional<FundingLine> line(String fundingId) {
        return funding.stream().filter(line -> line.fundingId.equals(fundingId)).findFirst();
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    Stage stage() {
        return stages.get(stages.size() - 1).stage;
    }

    UncertainDate plannedEnd() {
        return plannedEnds.isEmpty() ? null : plannedEnds.get(plannedEnds.size() - 1).date;
    }

    /** Where the intervention's valid time ends: the day a decision closed it, else its planned end; null for none. */
    UncertainDate end() {
        return endedOn() != null ? endedOn() : plannedEnd();
    }

    /** The day a decision closed the intervention (embedding or termination), if any. */
    UncertainDate endedOn() {
        return decisions.stream()
                .filter(d -> d.decision != DecisionType.SCALE)
                .map(d -> d.effectiveFrom)
                .reduce((first, second) -> second)
                .orElse(null);
    }

    boolean evaluated() {
        return !evaluations.isEmpty();
    }

    /** Every area the intervention ever ran in; valid-time filters look at the spans in the document. */
    List<String> areaIds() {
        return areas.stream().map(span -> span.key).distinct().toList();
    }

    List<String> partnerIds() {
        return partners.stream().map(span -> span.key).distinct().toList();
    }

    List<String> fundingSources() {
        Set<String> sources = new LinkedHashSet<>();
        funding.forEach(line -> {
            sources.add(line.source);
            sources.add(line.sourceKind.name());
        });
        return List.copyOf(sources);
    }

    /**
     * Overdue as the registry recorded it ({@link EvaluationBecameOverdueEvent}, lifted by
     * {@link OverdueEvaluationClearedEvent}); a terminated intervention is flagged as ended without evaluation instead.
     */
    static boolean overdue(boolean recordedOverdue, Stage stage) {
        return recordedOverdue && stage != Stage.TERMINATED;
    }

    boolean overdueEvaluation() {
        return overdue(overdueSince != null, stage());
    }

    void apply(EvaluationBecameOverdueEvent event) {
        overdueSince = event.dueAt();
    }

    void apply(OverdueEvaluationClearedEvent event) {
        overdueSince = null;
    }

    InterventionView toView(long version) {
        Stage stage = stage();
        UncertainDate plannedEnd = plannedEnd();
        Money committed = funding.stream().map(FundingLine::current).reduce(Money.zero(), Money::plus);
        Money spent = expenditures.stream().map(e -> e.amount).reduce(Money.zero(), Money::plus);
        return new InterventionView(
                id,
                version,
                title,
                description,
                kind,
                category,
                leadAdministration,
                parent,
                caseReference,
                Collections.unmodifiableSortedSet(new TreeSet<>(targetGroups)),
                List.copyOf(goals),
                policy,
                plannedStart,
                plannedEnd,
                endedOn(),
                stage,
                stages.get(stages.size() - 1).effectiveFrom,
                areas.stream()
                        .map(s -> new AreaMembershipView(s.key, s.effectiveFrom, s.effectiveTo))
                        .toList(),
                partners.stream()
                        .map(s -> new PartnerView(s.key, s.role, s.effectiveFrom, s.effectiveTo))
                        .toList(),
                funding.stream().map(InterventionDocument::lineView).toList(),
                committed,
                expenditures.stream()
                        .map(e -> new ExpenditureView(e.expenditureId, e.year, e.amount))
                        .toList(),
                spent,
                evaluations.stream().map(InterventionDocument::evaluationView).toList(),
                decisions.stream()
                        .map(d -> new DecisionView(
                                d.decision,
                                d.effectiveFrom,
                                d.administration,
                                List.copyOf(d.areas),
                                d.reason,
                                d.recordedAt))
                        .toList(),
                List.copyOf(corrections),
                overdueEvaluation(),
                stage == Stage.TERMINATED && !evaluated(),
                registeredAt,
                registeredBy,
                lastChangedAt);
    }

    private static FundingLineView lineView(FundingLine line) {
        return new FundingLineView(
                line.fundingId,
                line.source,
                line.sourceKind,
                line.grantedAmount,
                line.current(),
                line.fromYear,
                line.toYear,
                line.decisionReference,
                line.withdrawn,
                line.withdrawalReason,
                line.adjustments.stream()
                        .map(a -> new FundingAdjustmentView(a.amount, a.recordedAt, a.recordedBy, a.reason))
                        .toList());
    }

    private static EvaluationView evaluationView(Evaluation evaluation) {
        EvaluationRecordedEvent e = evaluation.recorded;
        return new EvaluationView(
                e.evaluationId(),
                e.periodFrom(),
                e.periodTo(),
                e.method(),
                e.evaluator(),
                e.result(),
                e.evidenceLevel(),
                Objects.requireNonNullElse(e.estimates(), List.of()),
                e.summary(),
                e.reportReference(),
                evaluation.recordedAt);
    }
}
