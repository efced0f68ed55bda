package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.shared.area.AreaInterventionView;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.indicator.IndicatorPage;
import dk.kk.registry.shared.indicator.ListIndicatorsQuery;
import dk.kk.registry.shared.intervention.FindInterventionsInAreaQuery;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.plan.ChangeStrategyView;
import dk.kk.registry.shared.plan.ChoosePlanMeasureCommand;
import dk.kk.registry.shared.plan.DevelopmentPlanPage;
import dk.kk.registry.shared.plan.DevelopmentPlanView;
import dk.kk.registry.shared.plan.FindDevelopmentPlanQuery;
import dk.kk.registry.shared.plan.FindPlanChangeStrategyQuery;
import dk.kk.registry.shared.plan.FindPolicyChangeStrategyQuery;
import dk.kk.registry.shared.plan.GapKind;
import dk.kk.registry.shared.plan.ListDevelopmentPlansQuery;
import dk.kk.registry.shared.plan.PlanResource;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Development plans (udviklingsplaner): the list, a plan's page with its goals, what serves each, the money and the
 * gaps, the follow-ups year by year with their notes per goal and measure, and its form to link an intervention to a
 * plan goal (the other tasks are PlanTaskPages); and the change strategy
 * drawn as a chain from left to right, printable on A4 landscape.
 */
@Controller
class PlanPages {

    private final Queries queries;
    private final Commands commands;
    private final ReferenceLists references;

    PlanPages(Queries queries, Commands commands, ReferenceLists references) {
        this.queries = queries;
        this.commands = commands;
        this.references = references;
    }

    /** What a select offers: an id and the name shown. */
    record Option(String id, String name) {

        /** What a picker shows. */
        @Override
        public String toString() {
            return name;
        }
    }

    public static class MeasureForm extends CommandForms.Cited {
        public Long version;

        @NotBlank
        @Size(max = 64)
        public String interventionId;

        @NotBlank
        @Size(max = 64)
        public String goalId;

        public FundingSourceKind sourceKind;

        @Min(1990)
        @Max(2100)
        public Integer resourceYear;

        public BigDecimal amount;

        @Size(max = 2000)
        public String reason;

        @Override
        void checkAhead(BindingResult errors) {
            PlanForms.checkResource(
                    errors, "sourceKind", "resourceYear", "amount", sourceKind, null, resourceYear, amount);
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getInterventionId() {
            return interventionId;
        }

        public void setInterventionId(String interventionId) {
            this.interventionId = interventionId;
        }

        public String getGoalId() {
            return goalId;
        }

        public void setGoalId(String goalId) {
            this.goalId = goalId;
        }

        public FundingSourceKind getSourceKind() {
            return sourceKind;
        }

        public void setSourceKind(FundingSourceKind sourceKind) {
            this.sourceKind = sourceKind;
        }

        public Integer getResourceYear() {
            return resourceYear;
        }

        public void setResourceYear(Integer resourceYear) {
            this.resourceYear = resourceYear;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @InitBinder
    void bindFields(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new AmountEditor());
    }

    @GetMapping("/plans")
    String list(HttpSession session, Model model) {
        Instant asOf = ViewedAsOf.of(session);
        model.addAttribute("currentPath", "/plans");
        model.addAttribute(
                "plans",
                queries.one(
                                new ListDevelopmentPlansQuery(null, null, null, asOf, 0, Paging.MAX_SIZE),
                                DevelopmentPlanPage.class)
                        .items());
        model.addAttribute("names", references.names(asOf));
        model.addAttribute("policyTitles", references.policyTitles(asOf));
        return "plans/list";
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable String id, HttpSession session, Model model) {
        return page(id, ViewedAsOf.of(session), model, new MeasureForm());
    }

    @PostMapping("/plans/{id}/measures")
    String measure(
            @PathVariable String id,
            @Valid @ModelAttribute("measure") MeasureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return FormPost.send(
                form,
                errors,
                () -> commands.update(
                        new ChoosePlanMeasureCommand(
                                id,
                                form.version,
                                UUID.randomUUID().toString(),
                                form.interventionId,
                                null,
                                List.of(form.goalId),
                                resources(form)),
                        id,
                        form.reason),
                () -> page(id, null, model, form),
                redirect,
                "plans.done.measure",
                "/plans/" + id);
    }

    /** Built once the form's checks passed: a whole resource line, or none. */
    private static List<PlanResource> resources(MeasureForm form) {
        return form.amount == null
                ? List.of()
                : List.of(
                        new PlanResource(form.sourceKind, null, form.resourceYear, new Money(form.amount, Money.DKK)));
    }

    @GetMapping("/plans/{id}/change-strategy")
    String planStrategy(@PathVariable String id, HttpSession session, Model model) {
        Instant asOf = ViewedAsOf.of(session);
        ChangeStrategyView strategy = queries.optional(
                        new FindPlanChangeStrategyQuery(id, asOf), ChangeStrategyView.class)
                .orElseThrow(() -> new NotFound("no development plan " + id));
        return strategy(strategy, asOf, model);
    }

    @GetMapping("/policies/{id}/change-strategy")
    String policyStrategy(@PathVariable String id, HttpSession session, Model model) {
        Instant asOf = ViewedAsOf.of(session);
        ChangeStrategyView strategy = queries.optional(
                        new FindPolicyChangeStrategyQuery(id, asOf), ChangeStrategyView.class)
                .orElseThrow(() -> new NotFound("no policy " + id));
        return strategy(strategy, asOf, model);
    }

    private String strategy(ChangeStrategyView strategy, Instant asOf, Model model) {
        model.addAttribute("currentPath", "/plans");
        model.addAttribute("strategy", strategy);
        model.addAttribute("gapSubjects", gapSubjects(strategy));
        model.addAttribute("names", references.names(asOf));
        return "plans/strategy";
    }

    /**
     * What each of the strategy's gaps concerns, by name rather than id (in the order of its gaps): the goal, the
     * indicator, the intervention or tool, the plan; on a policy's strategy, with the plan the gap was found in. The
     * page says the rest in the user's language (gap.KIND, gap.subject.KIND); the API's English sentence stays the
     * API's.
     */
    static List<GapSubject> gapSubjects(ChangeStrategyView strategy) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> plans = new HashMap<>();
        strategy.plans().forEach(plan -> plans.put(plan.id(), plan.title()));
        names.putAll(plans);
        for (ChangeStrategyView.StrategyGoal goal : strategy.goals()) {
            names.put(goal.id(), goal.title());
            if (goal.indicator() != null) {
                names.put(goal.indicator(), goal.indicatorName() != null ? goal.indicatorName() : goal.indicator());
            }
            for (ChangeStrategyView.StrategyIntervention intervention : goal.interventions()) {
                String title = intervention.title() != null ? intervention.title() : intervention.id();
                names.put(intervention.id(), title);
                intervention.via().stream()
                        .filter(via -> via.startsWith("PLAN_MEASURE:") && via.contains("/"))
                        .forEach(via -> names.put(via.substring(via.lastIndexOf('/') + 1), title));
            }
            goal.tools().forEach(tool -> names.put(tool.measureId(), tool.tool()));
        }
        strategy.interventionsServingNoGoal()
                .forEach(intervention -> names.put(
                        intervention.id(), intervention.title() != null ? intervention.title() : intervention.id()));
        return strategy.gaps().stream()
                .map(gap -> new GapSubject(
                        gap.subject() == null
                                ? ""
                                : Arrays.stream(gap.subject().split(" "))
                                        .map(id -> names.getOrDefault(id, id))
                                        .collect(Collectors.joining(" · ")),
                        gap.plan() == null || gap.kind() == GapKind.PLAN_WITHOUT_GOALS || strategy.plan() != null
                                ? null
                                : plans.getOrDefault(gap.plan(), gap.plan())))
                .toList();
    }

    /** A gap's subject by name, and the plan it was found in where the page shows several plans. */
    record GapSubject(String name, String plan) {}

    /** A measure as the page names it: its intervention's title, or its described tool. */
    static Map<String, String> measureNames(DevelopmentPlanView plan, Map<String, String> interventionTitles) {
        Map<String, String> names = new LinkedHashMap<>();
        plan.measures()
                .forEach(measure -> names.put(
                        measure.id(),
                        measure.interventionId() != null
                                ? interventionTitles.getOrDefault(measure.interventionId(), measure.interventionId())
                                : measure.tool()));
        return names;
    }

    private String page(String id, Instant asOf, Model model, MeasureForm measure) {
        DevelopmentPlanView plan = queries.optional(new FindDevelopmentPlanQuery(id, asOf), DevelopmentPlanView.class)
                .orElseThrow(() -> new NotFound("no development plan " + id));
        ChangeStrategyView strategy = queries.one(new FindPlanChangeStrategyQuery(id, asOf), ChangeStrategyView.class);
        measure.version = measure.version == null ? plan.version() : measure.version;
        model.addAttribute("currentPath", "/plans");
        model.addAttribute("plan", plan);
        model.addAttribute("strategy", strategy);
        model.addAttribute("gapSubjects", gapSubjects(strategy));
        model.addAttribute("measure", measure);
        model.addAttribute("policyTitles", references.policyTitles(asOf));
        model.addAttribute("names", references.names(asOf));
        model.addAttribute("sources", references.sources(asOf));
        model.addAttribute("sourceKinds", FundingSourceKind.values());
        model.addAttribute(
                "goalOptions",
                strategy.goals().stream()
                        .map(g -> new Option(g.id(), g.title()))
                        .toList());
        Map<String, Option> interventions = new LinkedHashMap<>();
        queries.list(new FindInterventionsInAreaQuery(plan.area(), asOf), AreaInterventionView.class)
                .forEach(i -> interventions.putIfAbsent(i.id(), new Option(i.id(), i.title())));
        model.addAttribute("interventionOptions", List.copyOf(interventions.values()));
        Map<String, String> titles = new LinkedHashMap<>();
        interventions.values().forEach(option -> titles.put(option.id(), option.name()));
        model.addAttribute("interventionTitles", titles);
        Map<String, String> goalTitles = new LinkedHashMap<>();
        strategy.goals().forEach(goal -> goalTitles.put(goal.id(), goal.title()));
        model.addAttribute("goalTitles", goalTitles);
        model.addAttribute("measureNames", measureNames(plan, titles));
        Map<String, String> indicatorNames = new LinkedHashMap<>();
        queries.one(new ListIndicatorsQuery(asOf, 0, Paging.MAX_SIZE), IndicatorPage.class)
                .items()
                .forEach(indicator -> indicatorNames.put(indicator.id(), indicator.name()));
        model.addAttribute("indicatorNames", indicatorNames);
        return "plans/show";
    }
}
