package dk.kk.registry.command.intervention;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kk.registry.command.common.Actor;
import dk.kk.registry.command.common.NothingChanged;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.Role;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An intervention (indsats): the registry's case. Checks come first in each command handler, then the event is
 * applied; the event sourcing handlers only assign state. Every handler answers with the aggregate's new version.
 */
@Aggregate(cache = "interventionCache")
class Intervention {

    @AggregateIdentifier
    private String interventionId;

    private String leadAdministration;
    private Stage stage;
    private Details details;
    private String policy;
    private Dates dates;
    private final Revisions<UncertainDate> plannedEnds = new Revisions<>();
    private final List<Span> areas = new ArrayList<>();
    private final List<Span> partners = new ArrayList<>();
    private final Map<String, Funding> funding = new HashMap<>();
    private int evaluations;
    private boolean overdue;
    private final Map<String, RecordedFact> facts = new HashMap<>();

    Intervention() {}

    @CommandHandler
    Intervention(
            RegisterInterventionCommand command,
            ReferenceCatalog catalog,
            MetaData metaData,
            EvaluationGracePeriod grace,
            DeadlineManager deadlines) {
        Actor actor = Actor.from(metaData);
        RegistrationRules.check(command, catalog, actor);
        WritePermission.forRegistration(actor, command.leadAdministration());
        apply(new InterventionRegisteredEvent(
                command.interventionId(),
                command.title().strip(),
                RegistrationRules.orEmpty(command.description()),
                command.kind(),
                command.category(),
                command.leadAdministration(),
                List.copyOf(command.areas()),
                Set.copyOf(command.targetGroups()),
                List.copyOf(command.goals()),
                command.plannedStart() == null ? UncertainDate.UNKNOWN : command.plannedStart(),
                command.plannedEnd(),
                command.caseReference(),
                command.parentId()));
        if (command.policy() != null) {
            apply(new InterventionPolicyLinkedEvent(command.interventionId(), command.policy()));
        }
        Instant dueAt = grace.dueAt(command.plannedEnd());
        if (dueAt != null) {
            EvaluationDeadline.schedule(deadlines, command.plannedEnd(), dueAt);
        }
    }

    @CommandHandler
    long handle(ReviseInterventionDetailsCommand command, MetaData metaData) {
        mayWrite(metaData);
        RegistrationRules.checkDetails(command);
        if (details.unchangedBy(command)) {
            throw new NothingChanged(null, "the intervention's details already read as given");
        }
        apply(new InterventionDetailsRevisedEvent(
                interventionId,
                command.title() == null ? null : command.title().strip(),
                command.description(),
                command.category(),
                command.targetGroups()));
        return version();
    }

    @CommandHandler
    long handle(LinkInterventionToPolicyCommand command, ReferenceCatalog catalog, MetaData metaData) {
        mayWrite(metaData);
        Require.present(command.policy(), "policy");
        Require.maxLength(command.policy(), RegistrationRules.REFERENCE_LIMIT, "policy");
        catalog.require(ReferenceKind.POLICY, command.policy(), "policy");
        if (command.policy().equals(policy)) {
            throw new NothingChanged(null, "the intervention is already linked to policy '" + policy + "'");
        }
        apply(new InterventionPolicyLinkedEvent(interventionId, command.policy()));
        return version();
    }

    @CommandHandler
    long handle(AddInterventionAreaCommand command, ReferenceCatalog catalog, MetaData metaData) {
        mayWrite(metaData);
        OpenForChange.check(stage);
        catalog.require(ReferenceKind.AREA, command.areaId(), "areaId");
        Require.present(command.effectiveFrom(), "effectiveFrom");
        dates.requireNotBeforeStart(command.effectiveFrom(), "effectiveFrom");
        if (Span.activeFor(areas, command.areaId()).isPresent()) {
            throw new RuleViolation(
                    "AreaAddedOnce", "areaId", "the intervention already runs in area '" + command.areaId() + "'");
        }
        apply(new InterventionAreaAddedEvent(interventionId, command.areaId(), command.effectiveFrom()));
        return version();
    }

    @CommandHandler
    long handle(RemoveInterventionAreaCommand command, MetaData metaData) {
        mayWrite(metaData);
        Span span = Span.activeFor(areas, command.areaId())
                .orElseThrow(() -> new RuleViolation(
                        "RemoveOnlyCurrentAreas",
                        "areaId",
                        "the intervention does not run in area '" + command.areaId() + "'"));
        Require.present(command.effectiveTo(), "effectiveTo");
        span.requireEndNotBeforeStart(command.effectiveTo());
        if (Span.active(areas).size() == 1) {
            throw new RuleViolation(
                    "AtLeastOneArea",
                    "areaId",
                    "an intervention keeps at least one area; add the new area before removing the last one");
        }
        apply(new InterventionAreaRemovedEvent(interventionId, command.areaId(), command.effectiveTo()));
        return version();
    }

    @CommandHandler
    long handle(JoinPartnerCommand command, ReferenceCatalog catalog, MetaData metaData) {
        mayWrite(metaData);
        OpenForChange.check(stage);
        catalog.require(ReferenceKind.ORGANISATION, command.organisationId(), "organisationId");
        Require.present(command.role(), "role");
        Require.present(command.effectiveFrom(), "effectiveFrom");
        if (Span.activeFor(partners, command.organisationId()).isPresent()) {
            throw new RuleViolation(
                    "PartnerJoinsOnce",
                    "organisationId",
                    "organisation '" + command.organisationId() + "' is already a partner");
        }
        apply(new PartnerJoinedEvent(
                interventionId, command.organisationId(), command.role(), command.effectiveFrom()));
        return version();
    }

    @CommandHandler
    long handle(RecordPartnerDepartureCommand command, MetaData metaData) {
        mayWrite(metaData);
        Span span = Span.activeFor(partners, command.organisationId())
                .orElseThrow(() -> new RuleViolation(
                        "OnlyPartnersLeave",
                        "organisationId",
                        "organisation '" + command.organisationId() + "' is not a current partner"));
        Require.present(command.effectiveTo(), "effectiveTo");
        span.requireEndNotBeforeStart(command.effectiveTo());
        apply(new PartnerLeftEvent(interventionId, command.organisationId(), command.effectiveTo()));
        return version();
    }

    @CommandHandler
    long handle(GrantFundingCommand command, ReferenceCatalog catalog, MetaData metaData) {
        mayWrite(metaData);
        OpenForChange.check(stage);
        Require.present(command.fundingId(), "fundingId");
        catalog.require(ReferenceKind.ORGANISATION, command.source(), "source");
        Require.present(command.sourceKind(), "sourceKind");
        FundingRules.requireAmount(command.amount(), "amount");
        FundingRules.requireYears(command.fromYear(), command.toYear());
        if (funding.containsKey(command.fundingId())) {
            throw new RuleViolation("FundingIdIsNew", "fundingId", "funding line already exists");
        }
        apply(new FundingGrantedEvent(
                interventionId,
                command.fundingId(),
                command.source(),
                command.sourceKind(),
                command.amount(),
                command.fromYear(),
                command.toYear(),
                command.decisionReference()));
        return version();
    }

    @CommandHandler
    long handle(AdjustFundingCommand command, MetaData metaData) {
        mayWrite(metaData);
        Funding line = currentFunding(command.fundingId());
        FundingRules.requireAmount(command.amount(), "amount");
        if (line.amount().equals(command.amount())) {
            throw new NothingChanged("amount", "the funding line already commits " + line.amount());
        }
        apply(new FundingAdjustedEvent(interventionId, command.fundingId(), command.amount()));
        return version();
    }

    @CommandHandler
    long handle(WithdrawFundingCommand command, MetaData metaData) {
        mayWrite(metaData);
        currentFunding(command.fundingId());
        apply(new FundingWithdrawnEvent(interventionId, command.fundingId()));
        return version();
    }

    @CommandHandler
    long handle(RecordExpenditureCommand command, MetaData metaData) {
        mayWrite(metaData);
        Require.present(command.expenditureId(), "expenditureId");
        FundingRules.requireAmount(command.amount(), "amount");
        FundingRules.requireYear(command.year(), "year");
        apply(new ExpenditureRecordedEvent(interventionId, command.expenditureId(), command.year(), command.amount()));
        return version();
    }

    @CommandHandler
    long handle(ChangeStageCommand command, MetaData metaData) {
        mayWrite(metaData);
        OpenForChange.check(stage);
        Require.present(command.stage(), "stage");
        Require.present(command.effectiveFrom(), "effectiveFrom");
        dates.requireNotBeforeStart(command.effectiveFrom(), "effectiveFrom");
        if (!command.stage().isSetDirectly()) {
            throw new RuleViolation(
                    "StagesFromDecisions",
                    "stage",
                    command.stage() + " follows from a decision, not from a stage change");
        }
        if (command.stage() == stage) {
            throw new RuleViolation("StageChanges", "stage", "the intervention is already " + stage);
        }
        apply(new StageChangedEvent(interventionId, command.stage(), command.effectiveFrom()));
        return version();
    }

    @CommandHandler
    long handle(
            ExtendInterventionCommand command,
            MetaData metaData,
            EvaluationGracePeriod grace,
            DeadlineManager deadlines) {
        mayWrite(metaData);
        OpenForChange.check(stage);
        Require.present(command.plannedEnd(), "plannedEnd");
        dates.requireExtension(command.plannedEnd());
        apply(new PlannedEndExtendedEvent(interventionId, command.plannedEnd()));
        rescheduleEvaluationDeadline(grace, deadlines);
        return version();
    }

    @CommandHandler
    long handle(
            RecordEvaluationCommand command, ReferenceCatalog catalog, MetaData metaData, DeadlineManager deadlines) {
        mayWrite(metaData);
        EvaluationRules.check(command, dates, catalog);
        apply(new EvaluationRecordedEvent(
                interventionId,
                command.evaluationId(),
                command.periodFrom(),
                command.periodTo(),
                command.method(),
                command.evaluator(),
                command.result(),
                command.evidenceLevel(),
                command.estimates() == null ? List.of() : List.copyOf(command.estimates()),
                command.summary(),
                command.reportReference()));
        EvaluationDeadline.cancel(deadlines);
        if (overdue) {
            apply(new OverdueEvaluationClearedEvent(
                    interventionId, OverdueEvaluationClearedEvent.Cause.EVALUATION_RECORDED));
        }
        return version();
    }

    @CommandHandler
    long handle(RecordDecisionCommand command, ReferenceCatalog catalog, MetaData metaData, DeadlineManager deadlines) {
        mayWrite(metaData);
        OpenForChange.check(stage);
        Require.present(command.decision(), "decision");
        Require.present(command.effectiveFrom(), "effectiveFrom");
        dates.requireNotBeforeStart(command.effectiveFrom(), "effectiveFrom");
        switch (command.decision()) {
            case EMBED_IN_CORE_OPERATIONS -> {
                DecisionsRequireEvaluation.check(command.decision(), evaluations);
                catalog.require(ReferenceKind.ADMINISTRATION, command.administration(), "administration");
                apply(new InterventionEmbeddedEvent(interventionId, command.administration(), command.effectiveFrom()));
            }
            case SCALE -> {
                DecisionsRequireEvaluation.check(command.decision(), evaluations);
                List<String> newAreas = ScalingAddsAreas.check(command.areas(), areas, catalog);
                apply(new InterventionScaledEvent(interventionId, newAreas, command.effectiveFrom()));
            }
            case TERMINATE -> apply(new InterventionTerminatedEvent(interventionId, command.effectiveFrom()));
        }
        EvaluationDeadline.cancel(deadlines);
        return version();
    }

    @CommandHandler
    long handle(
            CorrectEventCommand command, MetaData metaData, EvaluationGracePeriod grace, DeadlineManager deadlines) {
        mayWrite(metaData);
        RecordedFact fact = facts.get(command.eventId());
        if (fact == null || command.values() == null) {
            throw new RuleViolation(
                    "CorrectionsNameAnEvent",
                    "eventId",
                    "no correctable event '" + command.eventId() + "' in this intervention's history");
        }
        Correction correction = command.values();
        if (correction.kind() != fact.kind()) {
            throw new RuleViolation(
                    "CorrectionsMatchTheEvent",
                    "eventId",
                    "event '" + command.eventId() + "' is a " + fact.kind().eventType() + ", not a "
                            + correction.kind().eventType());
        }
        if (correction.givesNothing()) {
            throw new RuleViolation("CorrectionsChangeSomething", "values", "give at least one corrected value");
        }
        if (fact.unchangedBy(correction)) {
            throw new NothingChanged("values", "the " + fact.kind().eventType() + " already records these values");
        }
        checkCorrectionAgainstState(fact, correction).run();
        apply(new InterventionEventCorrectedEvent(interventionId, command.eventId(), fact.kind(), correction));
        if (movesPlannedEnd(correction) && !stage.isClosed()) {
            rescheduleEvaluationDeadline(grace, deadlines);
        }
        return version();
    }

    private static boolean movesPlannedEnd(Correction correction) {
        return correction instanceof RegistrationCorrection registration && registration.plannedEnd() != null
                || correction instanceof PlannedEndExtensionCorrection extension && extension.plannedEnd() != null;
    }

    /**
     * Sets the evaluation deadline again from the current planned end (replacing any), if the intervention still owes
     * an evaluation: not evaluated, not closed, not already overdue, with a planned end. Only the registry sends it.
     */
    @CommandHandler
    long handle(
            ScheduleEvaluationDeadlineCommand command,
            MetaData metaData,
            EvaluationGracePeriod grace,
            DeadlineManager deadlines) {
        if (Actor.from(metaData).role() != Role.SYSTEM) {
            throw new RuleViolation(
                    "DeadlinesAreTheRegistrys",
                    "interventionId",
                    "only the registry itself schedules evaluation deadlines");
        }
        UncertainDate plannedEnd = plannedEnds.current();
        Instant dueAt = grace.dueAt(plannedEnd);
        if (evaluations == 0 && !overdue && !stage.isClosed() && dueAt != null) {
            EvaluationDeadline.cancel(deadlines);
            EvaluationDeadline.schedule(deadlines, plannedEnd, dueAt);
        }
        return version();
    }

    /**
     * The evaluation of an intervention whose planned end moved is due at the new planned end plus grace: the old
     * deadline goes, a new one is set unless the intervention is evaluated, and an overdue flag lifts when the new
     * due instant is still ahead. One still overdue under its new planned end needs no deadline.
     */
    private void rescheduleEvaluationDeadline(EvaluationGracePeriod grace, DeadlineManager deadlines) {
        EvaluationDeadline.cancel(deadlines);
        UncertainDate plannedEnd = plannedEnds.current();
        if (evaluations > 0 || plannedEnd == null) {
            return;
        }
        Instant dueAt = grace.dueAt(plannedEnd);
        if (dueAt == null) {
            if (overdue) {
                apply(new OverdueEvaluationClearedEvent(
                        interventionId, OverdueEvaluationClearedEvent.Cause.PLANNED_END_MOVED));
            }
            return;
        }
        boolean stillDue = !dueAt.isAfter(GenericEventMessage.clock.instant());
        if (overdue && stillDue) {
            return;
        }
        if (overdue) {
            apply(new OverdueEvaluationClearedEvent(
                    interventionId, OverdueEvaluationClearedEvent.Cause.PLANNED_END_MOVED));
        }
        EvaluationDeadline.schedule(deadlines, plannedEnd, dueAt);
    }

    /**
     * The planned end plus grace passed. Recorded only if the deadline is the current one (set from the current planned
     * end), no evaluation has been recorded, the intervention is not closed and not already overdue.
     */
    @DeadlineHandler(deadlineName = EvaluationDeadline.NAME)
    void on(EvaluationDeadline.Due due) {
        UncertainDate plannedEnd = plannedEnds.current();
        if (evaluations > 0
                || overdue
                || stage.isClosed()
                || plannedEnd == null
                || !due.plannedEnd().equals(plannedEnd.latest())) {
            return;
        }
        apply(new EvaluationBecameOverdueEvent(interventionId, plannedEnd, due.dueAt()));
    }

    /**
     * The checks a correction of this kind meets: those of the command that recorded the event. A switch expression,
     * so that a kind of event without its checks does not compile.
     */
    private Runnable checkCorrectionAgainstState(RecordedFact fact, Correction correction) {
        return switch (correction.kind()) {
            case REGISTRATION ->
                () -> {
                    RegistrationCorrection values = (RegistrationCorrection) correction;
                    if (values.title() != null) {
                        Require.present(values.title(), "values.title");
                        Require.maxLength(values.title(), RegistrationRules.TITLE_LIMIT, "values.title");
                    }
                    Require.maxLength(values.description(), RegistrationRules.TEXT_LIMIT, "values.description");
                    Require.maxLength(
                            values.caseReference(), RegistrationRules.REFERENCE_LIMIT, "values.caseReference");
                    dates.corrected(values.plannedStart(), values.plannedEnd());
                };
            case PLANNED_END_EXTENDED ->
                () -> dates.corrected(null, ((PlannedEndExtensionCorrection) correction).plannedEnd());
            case AREA_ADDED ->
                () -> {
                    UncertainDate from = ((AreaAdditionCorrection) correction).effectiveFrom();
                    dates.requireNotBeforeStart(from, "values.effectiveFrom");
                    Span.byEvent(areas, fact.eventId()).corrected(from, null);
                };
            case AREA_REMOVED ->
                () -> Span.byEvent(areas, fact.eventId())
                        .corrected(null, ((AreaRemovalCorrection) correction).effectiveTo());
            case PARTNER_JOINED ->
                () -> Span.byEvent(partners, fact.eventId())
                        .corrected(((PartnerJoiningCorrection) correction).effectiveFrom(), null);
            case PARTNER_LEFT ->
                () -> Span.byEvent(partners, fact.eventId())
                        .corrected(null, ((PartnerDepartureCorrection) correction).effectiveTo());
            case FUNDING_GRANTED ->
                () -> {
                    FundingGrantCorrection values = (FundingGrantCorrection) correction;
                    requireAmount(values.amount());
                    Require.maxLength(
                            values.decisionReference(), RegistrationRules.REFERENCE_LIMIT, "values.decisionReference");
                    if (values.fromYear() != null || values.toYear() != null) {
                        Funding line = funding.get(fact.key());
                        FundingRules.requireYears(
                                values.fromYear() != null ? values.fromYear() : line.fromYear(),
                                values.toYear() != null ? values.toYear() : line.toYear());
                    }
                };
            case FUNDING_ADJUSTED -> () -> requireAmount(((FundingAdjustmentCorrection) correction).amount());
            case EXPENDITURE_RECORDED ->
                () -> {
                    ExpenditureCorrection values = (ExpenditureCorrection) correction;
                    requireAmount(values.amount());
                    if (values.year() != null) {
                        FundingRules.requireYear(values.year(), "values.year");
                    }
                };
            case EVALUATION_RECORDED ->
                () -> {
                    EvaluationCorrection values = (EvaluationCorrection) correction;
                    EvaluationCorrection recorded = (EvaluationCorrection) fact.reads();
                    Require.maxLength(values.summary(), RegistrationRules.TEXT_LIMIT, "values.summary");
                    Require.maxLength(
                            values.reportReference(), RegistrationRules.REFERENCE_LIMIT, "values.reportReference");
                    EvaluationRules.checkPeriod(
                            values.periodFrom(), values.periodTo(), dates, recorded.periodFrom(), recorded.periodTo());
                };
            case STAGE_CHANGED -> () -> notBeforeStart(((StageChangeCorrection) correction).effectiveFrom());
            case EMBEDDED -> () -> notBeforeStart(((EmbeddingCorrection) correction).effectiveFrom());
            case SCALED -> () -> notBeforeStart(((ScalingCorrection) correction).effectiveFrom());
            case TERMINATED -> () -> notBeforeStart(((TerminationCorrection) correction).effectiveFrom());
        };
    }

    private static void requireAmount(Money amount) {
        if (amount != null) {
            FundingRules.requireAmount(amount, "values.amount");
        }
    }

    private void notBeforeStart(UncertainDate effectiveFrom) {
        if (effectiveFrom != null) {
            dates.requireNotBeforeStart(effectiveFrom, "values.effectiveFrom");
        }
    }

    private void mayWrite(MetaData metaData) {
        WritePermission.forChange(Actor.from(metaData), leadAdministration, Span.active(partners));
    }

    private Funding currentFunding(String fundingId) {
        Funding line = funding.get(fundingId);
        if (line == null) {
            throw new RuleViolation("FundingMustExist", "fundingId", "unknown funding line '" + fundingId + "'");
        }
        if (line.withdrawn()) {
            throw new RuleViolation("WithdrawnFundingIsFinal", "fundingId", "the funding line was withdrawn");
        }
        return line;
    }

    private void remember(String eventId, String key, Correction recorded) {
        facts.put(eventId, new RecordedFact(eventId, key, recorded));
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(InterventionRegisteredEvent event, @MessageIdentifier String eventId) {
        interventionId = event.interventionId();
        leadAdministration = event.leadAdministration();
        stage = Stage.PROPOSED;
        details = new Details(event.title(), event.description(), event.category(), event.targetGroups());
        plannedEnds.set(eventId, event.plannedEnd());
        dates = new Dates(event.plannedStart(), event.plannedEnd(), null);
        event.areas().forEach(area -> areas.add(new Span(area, event.plannedStart(), eventId)));
        remember(
                eventId,
                null,
                new RegistrationCorrection(
                        event.title(),
                        event.description(),
                        event.plannedStart(),
                        event.plannedEnd(),
                        event.caseReference()));
    }

    @EventSourcingHandler
    void on(InterventionPolicyLinkedEvent event) {
        policy = event.policyId();
    }

    @EventSourcingHandler
    void on(InterventionDetailsRevisedEvent event) {
        details = details.revised(event);
    }

    @EventSourcingHandler
    void on(InterventionAreaAddedEvent event, @MessageIdentifier String eventId) {
        areas.add(new Span(event.areaId(), event.effectiveFrom(), eventId));
        remember(eventId, event.areaId(), new AreaAdditionCorrection(event.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(InterventionAreaRemovedEvent event, @MessageIdentifier String eventId) {
        Span.activeFor(areas, event.areaId()).ifPresent(span -> span.end(event.effectiveTo(), eventId));
        remember(eventId, event.areaId(), new AreaRemovalCorrection(event.effectiveTo()));
    }

    @EventSourcingHandler
    void on(PartnerJoinedEvent event, @MessageIdentifier String eventId) {
        partners.add(new Span(event.organisationId(), event.effectiveFrom(), eventId));
        remember(eventId, event.organisationId(), new PartnerJoiningCorrection(event.effectiveFrom(), event.role()));
    }

    @EventSourcingHandler
    void on(PartnerLeftEvent event, @MessageIdentifier String eventId) {
        Span.activeFor(partners, event.organisationId()).ifPresent(span -> span.end(event.effectiveTo(), eventId));
        remember(eventId, event.organisationId(), new PartnerDepartureCorrection(event.effectiveTo()));
    }

    @EventSourcingHandler
    void on(FundingGrantedEvent event, @MessageIdentifier String eventId) {
        funding.put(event.fundingId(), new Funding(eventId, event.amount(), event.fromYear(), event.toYear()));
        remember(
                eventId,
                event.fundingId(),
                new FundingGrantCorrection(
                        event.amount(), event.fromYear(), event.toYear(), event.decisionReference()));
    }

    @EventSourcingHandler
    void on(FundingAdjustedEvent event, @MessageIdentifier String eventId) {
        funding.get(event.fundingId()).adjust(eventId, event.amount());
        remember(eventId, event.fundingId(), new FundingAdjustmentCorrection(event.amount()));
    }

    @EventSourcingHandler
    void on(FundingWithdrawnEvent event) {
        funding.get(event.fundingId()).withdraw();
    }

    @EventSourcingHandler
    void on(ExpenditureRecordedEvent event, @MessageIdentifier String eventId) {
        remember(eventId, event.expenditureId(), new ExpenditureCorrection(event.year(), event.amount()));
    }

    @EventSourcingHandler
    void on(StageChangedEvent event, @MessageIdentifier String eventId) {
        stage = event.stage();
        remember(eventId, null, new StageChangeCorrection(event.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(PlannedEndExtendedEvent event, @MessageIdentifier String eventId) {
        plannedEnds.set(eventId, event.plannedEnd());
        dates = dates.withPlannedEnd(plannedEnds.current());
        remember(eventId, null, new PlannedEndExtensionCorrection(event.plannedEnd()));
    }

    @EventSourcingHandler
    void on(EvaluationRecordedEvent event, @MessageIdentifier String eventId) {
        evaluations++;
        remember(
                eventId,
                event.evaluationId(),
                new EvaluationCorrection(
                        event.periodFrom(),
                        event.periodTo(),
                        event.result(),
                        event.summary(),
                        event.reportReference()));
    }

    @EventSourcingHandler
    void on(EvaluationBecameOverdueEvent event) {
        overdue = true;
    }

    @EventSourcingHandler
    void on(OverdueEvaluationClearedEvent event) {
        overdue = false;
    }

    @EventSourcingHandler
    void on(InterventionEmbeddedEvent event, @MessageIdentifier String eventId) {
        stage = Stage.EMBEDDED;
        dates = dates.closedOn(event.effectiveFrom());
        remember(eventId, null, new EmbeddingCorrection(event.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(InterventionScaledEvent event, @MessageIdentifier String eventId) {
        stage = Stage.SCALING;
        event.areas().forEach(area -> areas.add(new Span(area, event.effectiveFrom(), eventId)));
        remember(eventId, null, new ScalingCorrection(event.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(InterventionTerminatedEvent event, @MessageIdentifier String eventId) {
        stage = Stage.TERMINATED;
        dates = dates.closedOn(event.effectiveFrom());
        remember(eventId, null, new TerminationCorrection(event.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(InterventionEventCorrectedEvent event) {
        RecordedFact fact = facts.get(event.correctedEventId());
        facts.put(fact.eventId(), fact.corrected(event.correction()));
        corrected(fact, event.correction()).run();
    }

    /** How a correction of this kind changes the state; a switch expression, so that no kind is forgotten. */
    private Runnable corrected(RecordedFact fact, Correction correction) {
        return switch (correction.kind()) {
            case REGISTRATION ->
                () -> {
                    RegistrationCorrection values = (RegistrationCorrection) correction;
                    details = details.corrected(values);
                    Span.allByEvent(areas, fact.eventId()).forEach(span -> span.correct(values.plannedStart(), null));
                    plannedEnds.correct(fact.eventId(), values.plannedEnd());
                    dates = new Dates(
                            values.plannedStart() != null ? values.plannedStart() : dates.plannedStart(),
                            plannedEnds.current(),
                            dates.closedOn());
                };
            case PLANNED_END_EXTENDED ->
                () -> {
                    plannedEnds.correct(fact.eventId(), ((PlannedEndExtensionCorrection) correction).plannedEnd());
                    dates = dates.withPlannedEnd(plannedEnds.current());
                };
            case AREA_ADDED ->
                () -> Span.byEvent(areas, fact.eventId())
                        .correct(((AreaAdditionCorrection) correction).effectiveFrom(), null);
            case AREA_REMOVED ->
                () -> Span.byEvent(areas, fact.eventId())
                        .correct(null, ((AreaRemovalCorrection) correction).effectiveTo());
            case PARTNER_JOINED ->
                () -> Span.byEvent(partners, fact.eventId())
                        .correct(((PartnerJoiningCorrection) correction).effectiveFrom(), null);
            case PARTNER_LEFT ->
                () -> Span.byEvent(partners, fact.eventId())
                        .correct(null, ((PartnerDepartureCorrection) correction).effectiveTo());
            case FUNDING_GRANTED ->
                () -> {
                    FundingGrantCorrection values = (FundingGrantCorrection) correction;
                    funding.get(fact.key())
                            .correct(fact.eventId(), values.amount(), values.fromYear(), values.toYear());
                };
            case FUNDING_ADJUSTED ->
                () -> funding.get(fact.key())
                        .correct(fact.eventId(), ((FundingAdjustmentCorrection) correction).amount(), null, null);
            case EMBEDDED -> () -> closedOn(((EmbeddingCorrection) correction).effectiveFrom());
            case TERMINATED -> () -> closedOn(((TerminationCorrection) correction).effectiveFrom());
            case SCALED ->
                () -> Span.allByEvent(areas, fact.eventId())
                        .forEach(span -> span.correct(((ScalingCorrection) correction).effectiveFrom(), null));
            case EXPENDITURE_RECORDED, STAGE_CHANGED, EVALUATION_RECORDED -> () -> {};
        };
    }

    private void closedOn(UncertainDate effectiveFrom) {
        if (effectiveFrom != null) {
            dates = dates.closedOn(effectiveFrom);
        }
    }
}
