package dk.kk.registry.infra.ui;

import static dk.kk.registry.infra.ui.FormValues.blankToNull;

import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.area.AreaInterventionView;
import dk.kk.registry.shared.area.AreaMeasurementView;
import dk.kk.registry.shared.area.FindAreaMeasurementsQuery;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.GoalView;
import dk.kk.registry.shared.goal.SetGoalCommand;
import dk.kk.registry.shared.goal.Target;
import dk.kk.registry.shared.indicator.IndicatorPage;
import dk.kk.registry.shared.indicator.IndicatorView;
import dk.kk.registry.shared.indicator.ListIndicatorsQuery;
import dk.kk.registry.shared.intervention.FindInterventionsInAreaQuery;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.plan.AddPlanGoalCommand;
import dk.kk.registry.shared.plan.AnalysisItem;
import dk.kk.registry.shared.plan.AnalysisKind;
import dk.kk.registry.shared.plan.ChangePlanStatusCommand;
import dk.kk.registry.shared.plan.ChoosePlanMeasureCommand;
import dk.kk.registry.shared.plan.CorrectPlanFollowUpCommand;
import dk.kk.registry.shared.plan.DevelopmentPlanView;
import dk.kk.registry.shared.plan.DevelopmentPlanView.PlanFollowUpView;
import dk.kk.registry.shared.plan.FindDevelopmentPlanQuery;
import dk.kk.registry.shared.plan.MapInterventionIntoPlanCommand;
import dk.kk.registry.shared.plan.PlanStatus;
import dk.kk.registry.shared.plan.Progress;
import dk.kk.registry.shared.plan.ProgressNote;
import dk.kk.registry.shared.plan.RecordPlanAnalysisCommand;
import dk.kk.registry.shared.plan.RecordPlanFollowUpCommand;
import dk.kk.registry.shared.plan.RemoveMappedInterventionCommand;
import dk.kk.registry.shared.plan.RemovePlanGoalCommand;
import dk.kk.registry.shared.plan.RemovePlanMeasureCommand;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The development plan's tasks, one form each, reached from the plan's page: its status, an item of its analysis, an
 * intervention mapped into it with an assessment, one of the area's goals added (or a new goal for the area set and
 * added), a measure with the goals it serves and its resources (several lines), a year's follow-up with progress per
 * goal and per measure (and its correction), a mapped intervention, a goal or a measure taken out again with a
 * reason, and the
 * final evaluation. Each sends the API's
 * command through {@link Commands} with the version the form was shown at; every field error comes back at once.
 */
@Controller
class PlanTaskPages {

    private final Commands commands;
    private final Queries queries;
    private final ReferenceLists references;

    PlanTaskPages(Commands commands, Queries queries, ReferenceLists references) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
    }

    @InitBinder
    void bindFields(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new AmountEditor());
    }

    @GetMapping("/plans/{id}/status")
    String statusForm(@PathVariable String id, Model model) {
        return form(id, model, "status", new PlanForms.Status());
    }

    @PostMapping("/plans/{id}/status")
    String status(
            @PathVariable String id,
            @Valid @ModelAttribute("form") PlanForms.Status form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "status",
                () -> commands.update(
                        new ChangePlanStatusCommand(id, form.version, form.status, form.effectiveFrom),
                        id,
                        form.reason));
    }

    @GetMapping("/plans/{id}/analysis")
    String analysisForm(@PathVariable String id, Model model) {
        return form(id, model, "analysis", new PlanForms.Analysis());
    }

    @PostMapping("/plans/{id}/analysis")
    String analysis(
            @PathVariable String id,
            @Valid @ModelAttribute("form") PlanForms.Analysis form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "analysis",
                () -> commands.update(
                        new RecordPlanAnalysisCommand(
                                id,
                                form.version,
                                List.of(UUID.randomUUID().toString()),
                                List.of(new AnalysisItem(
                                        form.kind,
                                        form.description,
                                        List.copyOf(form.indicators),
                                        List.copyOf(form.measurements)))),
                        id,
                        form.reason));
    }

    @GetMapping("/plans/{id}/mapping")
    String mappingForm(@PathVariable String id, Model model) {
        return form(id, model, "mapping", new PlanForms.Mapping());
    }

    @PostMapping("/plans/{id}/mapping")
    String mapping(
            @PathVariable String id,
            @Valid @ModelAttribute("form") PlanForms.Mapping form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "mapping",
                () -> commands.update(
                        new MapInterventionIntoPlanCommand(
                                id, form.version, form.interventionId, blankToNull(form.assessment)),
                        id,
                        form.reason));
    }

    @GetMapping("/plans/{id}/goal")
    String goalForm(@PathVariable String id, Model model) {
        return form(id, model, "goal", new PlanForms.AddGoal());
    }

    @PostMapping("/plans/{id}/goal")
    String goal(
            @PathVariable String id,
            @Valid @ModelAttribute("form") PlanForms.AddGoal form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "goal",
                () -> commands.update(new AddPlanGoalCommand(id, form.version, form.goalId), id, form.reason));
    }

    @GetMapping("/plans/{id}/new-goal")
    String newGoalForm(@PathVariable String id, Model model) {
        PlanForms.NewGoal form = new PlanForms.NewGoal();
        form.comparisonArea = "copenhagen";
        return form(id, model, "newGoal", form);
    }

    /**
     * Two commands: the goal is set (the goal aggregate), then added to the plan. Should the second be refused (the
     * plan changed meanwhile), the goal exists for the area and the page offers it among the area's goals.
     */
    @PostMapping("/plans/{id}/new-goal")
    String newGoal(
            @PathVariable String id,
            @Valid @ModelAttribute("form") PlanForms.NewGoal form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DevelopmentPlanView plan = plan(id);
        String goalId = UUID.randomUUID().toString();
        return send(id, form, errors, model, redirect, "newGoal", () -> {
            commands.create(
                    new SetGoalCommand(
                            goalId,
                            form.title,
                            plan.policy(),
                            form.ownerAdministration,
                            form.indicator,
                            List.of(plan.area()),
                            blankToNull(form.comparisonArea),
                            new Baseline(
                                    form.baselineYear,
                                    UncertainValue.ofNullable(form.baselineAreaValue),
                                    UncertainValue.ofNullable(form.baselineComparisonValue)),
                            new Target(form.targetType, form.targetValue),
                            form.deadlineYear),
                    goalId,
                    form.reason);
            commands.update(new AddPlanGoalCommand(id, form.version, goalId), id, form.reason);
        });
    }

    @GetMapping("/plans/{id}/measure")
    String measureForm(@PathVariable String id, Model model) {
        return form(id, model, "measure", new PlanForms.Measure());
    }

    @PostMapping("/plans/{id}/measure")
    String measure(
            @PathVariable String id,
            @Valid @ModelAttribute("form") PlanForms.Measure form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.moreLines != null) {
            form.resources.addAll(PlanForms.ResourceLine.blank(PlanForms.Measure.LINES));
            form.moreLines = null;
            // nothing was sent: the form comes back as typed, without the errors of a form not yet finished
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
            return page(model, plan(id), "measure", form);
        }
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "measure",
                () -> commands.update(
                        new ChoosePlanMeasureCommand(
                                id,
                                form.version,
                                UUID.randomUUID().toString(),
                                blankToNull(form.interventionId),
                                blankToNull(form.tool),
                                List.copyOf(form.goals),
                                form.planResources()),
                        id,
                        form.reason));
    }

    @GetMapping("/plans/{id}/follow-up")
    String followUpForm(@PathVariable String id, Model model) {
        DevelopmentPlanView plan = plan(id);
        PlanForms.FollowUp form = new PlanForms.FollowUp();
        form.version = plan.version();
        notesFor(plan, form, null);
        return page(model, plan, "followUp", form);
    }

    @PostMapping("/plans/{id}/follow-up")
    String followUp(
            @PathVariable String id,
            @Valid @ModelAttribute("form") PlanForms.FollowUp form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        form.correction = false;
        if (form.year != null
                && !errors.hasFieldErrors("year")
                && plan(id).followUps().stream().anyMatch(f -> f.year() == form.year)) {
            errors.rejectValue("year", "plans.followUpYearTaken");
        }
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "followUp",
                () -> commands.update(
                        new RecordPlanFollowUpCommand(
                                id,
                                form.version,
                                form.year,
                                PlanForms.FollowUp.notes(form.goals),
                                PlanForms.FollowUp.notes(form.measures),
                                blankToNull(form.summary)),
                        id,
                        form.reason));
    }

    /** The year's follow-up as recorded, to be corrected as a whole; the correction needs a reason. */
    @GetMapping("/plans/{id}/follow-ups/{year}/correction")
    String correctionForm(@PathVariable String id, @PathVariable int year, Model model) {
        DevelopmentPlanView plan = plan(id);
        PlanFollowUpView recorded = plan.followUps().stream()
                .filter(f -> f.year() == year)
                .findFirst()
                .orElseThrow(() -> new NotFound("no follow-up of " + year + " in development plan " + id));
        PlanForms.FollowUp form = new PlanForms.FollowUp();
        form.version = plan.version();
        form.year = year;
        form.summary = recorded.summary();
        form.correction = true;
        notesFor(plan, form, recorded);
        return page(model, plan, "correctFollowUp", form);
    }

    @PostMapping("/plans/{id}/follow-ups/{year}/correction")
    String correction(
            @PathVariable String id,
            @PathVariable int year,
            @Valid @ModelAttribute("form") PlanForms.FollowUp form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        form.year = year;
        form.correction = true;
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "correctFollowUp",
                () -> commands.update(
                        new CorrectPlanFollowUpCommand(
                                id,
                                form.version,
                                year,
                                PlanForms.FollowUp.notes(form.goals),
                                PlanForms.FollowUp.notes(form.measures),
                                blankToNull(form.summary)),
                        id,
                        form.reason));
    }

    @GetMapping("/plans/{id}/mapped/{interventionId}/removal")
    String mappingRemovalForm(@PathVariable String id, @PathVariable String interventionId, Model model) {
        DevelopmentPlanView plan = plan(id);
        requireMapped(plan, interventionId);
        return removal(model, plan, "removeMapping", interventionId);
    }

    @PostMapping("/plans/{id}/mapped/{interventionId}/removal")
    String mappingRemoval(
            @PathVariable String id,
            @PathVariable String interventionId,
            @Valid @ModelAttribute("form") PlanForms.Removal form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("subject", interventionId);
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "removeMapping",
                () -> commands.update(
                        new RemoveMappedInterventionCommand(id, form.version, interventionId), id, form.reason));
    }

    @GetMapping("/plans/{id}/goals/{goalId}/removal")
    String goalRemovalForm(@PathVariable String id, @PathVariable String goalId, Model model) {
        DevelopmentPlanView plan = plan(id);
        if (plan.goals().stream().noneMatch(g -> g.goalId().equals(goalId))) {
            throw new NotFound("goal " + goalId + " is not a goal of development plan " + id);
        }
        return removal(model, plan, "removeGoal", goalId);
    }

    @PostMapping("/plans/{id}/goals/{goalId}/removal")
    String goalRemoval(
            @PathVariable String id,
            @PathVariable String goalId,
            @Valid @ModelAttribute("form") PlanForms.Removal form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("subject", goalId);
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "removeGoal",
                () -> commands.update(new RemovePlanGoalCommand(id, form.version, goalId), id, form.reason));
    }

    @GetMapping("/plans/{id}/measures/{measureId}/removal")
    String measureRemovalForm(@PathVariable String id, @PathVariable String measureId, Model model) {
        DevelopmentPlanView plan = plan(id);
        if (plan.measures().stream().noneMatch(m -> m.id().equals(measureId))) {
            throw new NotFound("measure " + measureId + " is not one of development plan " + id + "'s");
        }
        return removal(model, plan, "removeMeasure", measureId);
    }

    @PostMapping("/plans/{id}/measures/{measureId}/removal")
    String measureRemoval(
            @PathVariable String id,
            @PathVariable String measureId,
            @Valid @ModelAttribute("form") PlanForms.Removal form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("subject", measureId);
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "removeMeasure",
                () -> commands.update(new RemovePlanMeasureCommand(id, form.version, measureId), id, form.reason));
    }

    /** The form that takes {@code subject} (an intervention, goal or measure id) out of the plan, with a reason. */
    private String removal(Model model, DevelopmentPlanView plan, String task, String subject) {
        PlanForms.Removal form = new PlanForms.Removal();
        form.version = plan.version();
        model.addAttribute("subject", subject);
        return page(model, plan, task, form);
    }

    private static void requireMapped(DevelopmentPlanView plan, String interventionId) {
        if (plan.mappedInterventions().stream()
                .noneMatch(m -> m.interventionId().equals(interventionId))) {
            throw new NotFound("intervention " + interventionId + " is not mapped into development plan " + plan.id());
        }
    }

    /** One note line per goal and per measure of the plan, holding what the recorded follow-up (if any) says. */
    private static void notesFor(DevelopmentPlanView plan, PlanForms.FollowUp form, PlanFollowUpView recorded) {
        Map<String, ProgressNote> goalNotes = new LinkedHashMap<>();
        Map<String, ProgressNote> measureNotes = new LinkedHashMap<>();
        if (recorded != null) {
            recorded.goals().forEach(n -> goalNotes.put(n.subject(), n));
            recorded.measures().forEach(n -> measureNotes.put(n.subject(), n));
        }
        form.goals = new ArrayList<>(
                plan.goals().stream().map(g -> note(g.goalId(), goalNotes)).toList());
        form.measures = new ArrayList<>(
                plan.measures().stream().map(m -> note(m.id(), measureNotes)).toList());
    }

    private static PlanForms.Note note(String subject, Map<String, ProgressNote> recorded) {
        ProgressNote note = recorded.get(subject);
        return new PlanForms.Note(subject, note == null ? null : note.progress(), note == null ? null : note.note());
    }

    @GetMapping("/plans/{id}/evaluation")
    String evaluationForm(@PathVariable String id, Model model) {
        return form(id, model, "evaluation", new PlanForms.Evaluation());
    }

    @PostMapping("/plans/{id}/evaluation")
    String evaluation(
            @PathVariable String id,
            @Valid @ModelAttribute("form") PlanForms.Evaluation form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "evaluation",
                () -> commands.update(
                        new ChangePlanStatusCommand(id, form.version, PlanStatus.EVALUATED, form.effectiveFrom),
                        id,
                        form.reason));
    }

    private String form(String id, Model model, String task, PlanForms.Versioned form) {
        DevelopmentPlanView plan = plan(id);
        form.version = plan.version();
        return page(model, plan, task, form);
    }

    private String send(
            String id,
            PlanForms.Versioned form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            String task,
            Runnable command) {
        return FormPost.send(
                form,
                errors,
                command,
                () -> page(model, plan(id), task, form),
                redirect,
                "plans.done." + task,
                "/plans/" + id);
    }

    private String page(Model model, DevelopmentPlanView plan, String task, Object form) {
        model.addAttribute("currentPath", "/plans/" + plan.id() + "/" + path(task, form, model));
        model.addAttribute("plan", plan);
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("names", references.names(null));
        model.addAttribute("sources", references.sources(null));
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("analysisKinds", AnalysisKind.values());
        model.addAttribute("sourceKinds", FundingSourceKind.values());
        model.addAttribute("targetTypes", GoalTargetType.values());
        model.addAttribute("progresses", Progress.values());
        switch (task) {
            case "analysis" -> {
                Map<String, String> indicatorNames = indicators().stream()
                        .collect(Collectors.toMap(
                                IndicatorView::id, IndicatorView::name, (a, b) -> a, LinkedHashMap::new));
                model.addAttribute(
                        "indicatorOptions",
                        indicatorNames.entrySet().stream()
                                .map(e -> new PlanPages.Option(e.getKey(), e.getValue()))
                                .toList());
                model.addAttribute(
                        "measurementOptions",
                        queries
                                .list(new FindAreaMeasurementsQuery(plan.area(), null), AreaMeasurementView.class)
                                .stream()
                                .map(m -> new PlanPages.Option(m.measurementId(), measurementLabel(m, indicatorNames)))
                                .toList());
            }
            case "mapping" ->
                model.addAttribute(
                        "interventionOptions",
                        interventionsOfTheArea(plan).stream()
                                .filter(o -> plan.mappedInterventions().stream()
                                        .noneMatch(mapped ->
                                                mapped.interventionId().equals(o.id())))
                                .toList());
            case "goal" -> {
                Set<String> already = plan.goals().stream()
                        .map(DevelopmentPlanView.PlanGoalView::goalId)
                        .collect(Collectors.toSet());
                model.addAttribute(
                        "goalOptions",
                        references.goals(null).stream()
                                .filter(g -> g.areas() != null && g.areas().contains(plan.area()))
                                .filter(g -> !already.contains(g.id()))
                                .map(g -> new PlanPages.Option(g.id(), g.title()))
                                .toList());
            }
            case "newGoal" -> {
                model.addAttribute("administrations", references.administrations(null));
                model.addAttribute("areas", references.areas(null));
                model.addAttribute(
                        "indicatorOptions",
                        indicators().stream()
                                .map(i -> new PlanPages.Option(i.id(), i.name()))
                                .toList());
            }
            case "followUp", "correctFollowUp" -> {
                Map<String, String> titles = references.goals(null).stream()
                        .collect(Collectors.toMap(GoalView::id, GoalView::title, (a, b) -> a));
                model.addAttribute("goalTitles", titles);
                Map<String, String> interventionTitles = new LinkedHashMap<>();
                interventionsOfTheArea(plan).forEach(o -> interventionTitles.put(o.id(), o.name()));
                model.addAttribute("measureNames", PlanPages.measureNames(plan, interventionTitles));
            }
            case "removeMapping" ->
                model.addAttribute(
                        "subjectName",
                        interventionsOfTheArea(plan).stream()
                                .filter(o -> o.id().equals(model.getAttribute("subject")))
                                .map(PlanPages.Option::name)
                                .findFirst()
                                .orElse(String.valueOf(model.getAttribute("subject"))));
            case "removeMeasure" -> {
                Map<String, String> interventionTitles = new LinkedHashMap<>();
                interventionsOfTheArea(plan).forEach(o -> interventionTitles.put(o.id(), o.name()));
                String measure = String.valueOf(model.getAttribute("subject"));
                model.addAttribute(
                        "subjectName",
                        PlanPages.measureNames(plan, interventionTitles).getOrDefault(measure, measure));
                model.addAttribute(
                        "subjectMeasure",
                        plan.measures().stream()
                                .filter(m -> m.id().equals(measure))
                                .findFirst()
                                .orElse(null));
            }
            case "removeGoal" ->
                model.addAttribute(
                        "subjectName",
                        references.goals(null).stream()
                                .filter(g -> g.id().equals(model.getAttribute("subject")))
                                .map(GoalView::title)
                                .findFirst()
                                .orElse(String.valueOf(model.getAttribute("subject"))));
            case "measure" -> {
                Map<String, String> titles = references.goals(null).stream()
                        .collect(Collectors.toMap(GoalView::id, GoalView::title, (a, b) -> a));
                model.addAttribute("interventionOptions", interventionsOfTheArea(plan));
                model.addAttribute(
                        "goalOptions",
                        plan.goals().stream()
                                .map(g -> new PlanPages.Option(g.goalId(), titles.getOrDefault(g.goalId(), g.goalId())))
                                .toList());
                model.addAttribute("organisations", references.organisations(null));
            }
            default -> {}
        }
        return "plans/task";
    }

    /** The task's path below the plan's, where its form is shown and sent. */
    private static String path(String task, Object form, Model model) {
        return switch (task) {
            case "newGoal" -> "new-goal";
            case "followUp" -> "follow-up";
            case "correctFollowUp" -> "follow-ups/" + ((PlanForms.FollowUp) form).year + "/correction";
            case "removeMapping" -> "mapped/" + model.getAttribute("subject") + "/removal";
            case "removeGoal" -> "goals/" + model.getAttribute("subject") + "/removal";
            case "removeMeasure" -> "measures/" + model.getAttribute("subject") + "/removal";
            default -> task;
        };
    }

    private DevelopmentPlanView plan(String id) {
        return queries.optional(new FindDevelopmentPlanQuery(id, null), DevelopmentPlanView.class)
                .orElseThrow(() -> new NotFound("no development plan " + id));
    }

    private List<IndicatorView> indicators() {
        return queries.one(new ListIndicatorsQuery(null, 0, Paging.MAX_SIZE), IndicatorPage.class)
                .items();
    }

    private List<PlanPages.Option> interventionsOfTheArea(DevelopmentPlanView plan) {
        Map<String, PlanPages.Option> interventions = new LinkedHashMap<>();
        queries.list(new FindInterventionsInAreaQuery(plan.area(), null), AreaInterventionView.class)
                .forEach(i -> interventions.putIfAbsent(i.id(), new PlanPages.Option(i.id(), i.title())));
        return List.copyOf(interventions.values());
    }

    private static String measurementLabel(AreaMeasurementView m, Map<String, String> indicatorNames) {
        String period = m.periodStated() != null
                ? m.periodStated()
                : m.periodFrom() == null
                        ? "?"
                        : m.periodTo() == null
                                        || m.periodFrom().getYear()
                                                == m.periodTo().getYear()
                                ? String.valueOf(m.periodFrom().getYear())
                                : m.periodFrom().getYear() + "–" + m.periodTo().getYear();
        return indicatorNames.getOrDefault(m.indicator(), m.indicator()) + ", " + period;
    }
}
