package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.web.Commands;
import dk.kk.registry.infra.web.NotFound;
import dk.kk.registry.infra.web.Paging;
import dk.kk.registry.infra.web.Queries;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.area.AreaInterventionView;
import dk.kk.registry.shared.area.AreaMeasurementView;
import dk.kk.registry.shared.area.FindAreaMeasurementsQuery;
import dk.kk.registry.shared.common.Money;
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
import dk.kk.registry.shared.plan.DevelopmentPlanView;
import dk.kk.registry.shared.plan.FindDevelopmentPlanQuery;
import dk.kk.registry.shared.plan.MapInterventionIntoPlanCommand;
import dk.kk.registry.shared.plan.PlanResource;
import dk.kk.registry.shared.plan.PlanStatus;
import dk.kk.registry.shared.plan.RecordPlanAnalysisCommand;
import jakarta.validation.Valid;
import java.math.BigDecimal;
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
 * added), a measure with the goals it serves and its resources, and the final evaluation. Each sends the API's
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
    String status(@PathVariable String id, @Valid @ModelAttribute("form") PlanForms.Status form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return send(id, form, errors, model, redirect, "status", () -> commands.update(
                new ChangePlanStatusCommand(id, form.version, form.status, form.effectiveFrom), id, form.reason));
    }

    @GetMapping("/plans/{id}/analysis")
    String analysisForm(@PathVariable String id, Model model) {
        return form(id, model, "analysis", new PlanForms.Analysis());
    }

    @PostMapping("/plans/{id}/analysis")
    String analysis(@PathVariable String id, @Valid @ModelAttribute("form") PlanForms.Analysis form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return send(id, form, errors, model, redirect, "analysis", () -> commands.update(
                new RecordPlanAnalysisCommand(id, form.version, List.of(UUID.randomUUID().toString()),
                        List.of(new AnalysisItem(form.kind, form.description, List.copyOf(form.indicators),
                                List.copyOf(form.measurements)))), id, form.reason));
    }

    @GetMapping("/plans/{id}/mapping")
    String mappingForm(@PathVariable String id, Model model) {
        return form(id, model, "mapping", new PlanForms.Mapping());
    }

    @PostMapping("/plans/{id}/mapping")
    String mapping(@PathVariable String id, @Valid @ModelAttribute("form") PlanForms.Mapping form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return send(id, form, errors, model, redirect, "mapping", () -> commands.update(
                new MapInterventionIntoPlanCommand(id, form.version, form.interventionId, blankToNull(form.assessment)),
                id, form.reason));
    }

    @GetMapping("/plans/{id}/goal")
    String goalForm(@PathVariable String id, Model model) {
        return form(id, model, "goal", new PlanForms.AddGoal());
    }

    @PostMapping("/plans/{id}/goal")
    String goal(@PathVariable String id, @Valid @ModelAttribute("form") PlanForms.AddGoal form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return send(id, form, errors, model, redirect, "goal", () -> commands.update(
                new AddPlanGoalCommand(id, form.version, form.goalId), id, form.reason));
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
    String newGoal(@PathVariable String id, @Valid @ModelAttribute("form") PlanForms.NewGoal form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DevelopmentPlanView plan = plan(id);
        String goalId = UUID.randomUUID().toString();
        return send(id, form, errors, model, redirect, "newGoal", () -> {
            commands.create(new SetGoalCommand(goalId, form.title, plan.policy(), form.ownerAdministration,
                    form.indicator, List.of(plan.area()), blankToNull(form.comparisonArea),
                    new Baseline(form.baselineYear, UncertainValue.ofNullable(form.baselineAreaValue),
                            UncertainValue.ofNullable(form.baselineComparisonValue)),
                    new Target(form.targetType, form.targetValue), form.deadlineYear), goalId, form.reason);
            commands.update(new AddPlanGoalCommand(id, form.version, goalId), id, form.reason);
        });
    }

    @GetMapping("/plans/{id}/measure")
    String measureForm(@PathVariable String id, Model model) {
        return form(id, model, "measure", new PlanForms.Measure());
    }

    @PostMapping("/plans/{id}/measure")
    String measure(@PathVariable String id, @Valid @ModelAttribute("form") PlanForms.Measure form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return send(id, form, errors, model, redirect, "measure", () -> {
            List<PlanResource> resources = form.amount == null
                    ? List.of()
                    : List.of(new PlanResource(form.sourceKind, blankToNull(form.source), form.resourceYear,
                            new Money(form.amount, Money.DKK)));
            commands.update(new ChoosePlanMeasureCommand(id, form.version, UUID.randomUUID().toString(),
                    blankToNull(form.interventionId), blankToNull(form.tool), List.copyOf(form.goals), resources), id,
                    form.reason);
        });
    }

    @GetMapping("/plans/{id}/evaluation")
    String evaluationForm(@PathVariable String id, Model model) {
        return form(id, model, "evaluation", new PlanForms.Evaluation());
    }

    @PostMapping("/plans/{id}/evaluation")
    String evaluation(@PathVariable String id, @Valid @ModelAttribute("form") PlanForms.Evaluation form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return send(id, form, errors, model, redirect, "evaluation", () -> commands.update(
                new ChangePlanStatusCommand(id, form.version, PlanStatus.EVALUATED, form.effectiveFrom), id,
                form.reason));
    }

    private String form(String id, Model model, String task, PlanForms.Versioned form) {
        DevelopmentPlanView plan = plan(id);
        form.version = plan.version();
        return page(model, plan, task, form);
    }

    private String send(String id, PlanForms.Versioned form, BindingResult errors, Model model,
            RedirectAttributes redirect, String task, Runnable command) {
        form.checkAhead(errors);
        form.cite(errors);
        if (errors.hasErrors() || !FormErrors.attempt(errors, command)) {
            return page(model, plan(id), task, form);
        }
        redirect.addFlashAttribute("done", "plans.done." + task);
        return "redirect:/plans/" + id;
    }

    private String page(Model model, DevelopmentPlanView plan, String task, Object form) {
        model.addAttribute("currentPath", "/plans/" + plan.id() + "/" + ("newGoal".equals(task) ? "new-goal" : task));
        model.addAttribute("plan", plan);
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("names", references.names(null));
        model.addAttribute("sources", references.sources(null));
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("analysisKinds", AnalysisKind.values());
        model.addAttribute("sourceKinds", FundingSourceKind.values());
        model.addAttribute("targetTypes", GoalTargetType.values());
        switch (task) {
            case "analysis" -> {
                Map<String, String> indicatorNames = indicators().stream()
                        .collect(Collectors.toMap(IndicatorView::id, IndicatorView::name, (a, b) -> a,
                                LinkedHashMap::new));
                model.addAttribute("indicatorOptions", indicatorNames.entrySet().stream()
                        .map(e -> new PlanPages.Option(e.getKey(), e.getValue())).toList());
                model.addAttribute("measurementOptions", queries.list(new FindAreaMeasurementsQuery(plan.area(),
                        null), AreaMeasurementView.class).stream()
                        .map(m -> new PlanPages.Option(m.measurementId(), measurementLabel(m, indicatorNames)))
                        .toList());
            }
            case "mapping" -> model.addAttribute("interventionOptions", interventionsOfTheArea(plan).stream()
                    .filter(o -> plan.mappedInterventions().stream()
                            .noneMatch(mapped -> mapped.interventionId().equals(o.id())))
                    .toList());
            case "goal" -> {
                Set<String> already = plan.goals().stream().map(DevelopmentPlanView.PlanGoalView::goalId)
                        .collect(Collectors.toSet());
                model.addAttribute("goalOptions", references.goals(null).stream()
                        .filter(g -> g.areas() != null && g.areas().contains(plan.area()))
                        .filter(g -> !already.contains(g.id()))
                        .map(g -> new PlanPages.Option(g.id(), g.title())).toList());
            }
            case "newGoal" -> {
                model.addAttribute("administrations", references.administrations(null));
                model.addAttribute("areas", references.areas(null));
                model.addAttribute("indicatorOptions", indicators().stream()
                        .map(i -> new PlanPages.Option(i.id(), i.name())).toList());
            }
            case "measure" -> {
                Map<String, String> titles = references.goals(null).stream()
                        .collect(Collectors.toMap(GoalView::id, GoalView::title, (a, b) -> a));
                model.addAttribute("interventionOptions", interventionsOfTheArea(plan));
                model.addAttribute("goalOptions", plan.goals().stream()
                        .map(g -> new PlanPages.Option(g.goalId(), titles.getOrDefault(g.goalId(), g.goalId())))
                        .toList());
                model.addAttribute("organisations", references.organisations(null));
            }
            default -> {
            }
        }
        return "plans/task";
    }

    private DevelopmentPlanView plan(String id) {
        return queries.optional(new FindDevelopmentPlanQuery(id, null), DevelopmentPlanView.class)
                .orElseThrow(() -> new NotFound("no development plan " + id));
    }

    private List<IndicatorView> indicators() {
        return queries.one(new ListIndicatorsQuery(null, 0, Paging.MAX_SIZE), IndicatorPage.class).items();
    }

    private List<PlanPages.Option> interventionsOfTheArea(DevelopmentPlanView plan) {
        Map<String, PlanPages.Option> interventions = new LinkedHashMap<>();
        queries.list(new FindInterventionsInAreaQuery(plan.area(), null), AreaInterventionView.class)
                .forEach(i -> interventions.putIfAbsent(i.id(), new PlanPages.Option(i.id(), i.title())));
        return List.copyOf(interventions.values());
    }

    private static String measurementLabel(AreaMeasurementView m, Map<String, String> indicatorNames) {
        String period = m.periodStated() != null ? m.periodStated()
                : m.periodFrom() == null ? "?"
                : m.periodTo() == null || m.periodFrom().getYear() == m.periodTo().getYear()
                        ? String.valueOf(m.periodFrom().getYear())
                        : m.periodFrom().getYear() + "–" + m.periodTo().getYear();
        return indicatorNames.getOrDefault(m.indicator(), m.indicator()) + ", " + period;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
