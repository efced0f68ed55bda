package dk.kk.registry.infra.ui;

import static dk.kk.registry.infra.ui.FormValues.blankToNull;

import dk.kk.registry.command.common.NotPermitted;
import dk.kk.registry.infra.api.intervention.CorrectedEvents;
import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.security.CurrentActor;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.*;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form for every command on an intervention. Each sends the same command as the API (through {@link Commands}, so
 * the event records who, role, administration, why and {@code source: ui}), with the version the form was shown at.
 * A refusal comes back on the form beside its field ({@link FormErrors}); a success returns to the intervention's
 * page, which says what was recorded.
 */
@Controller
class InterventionForms {

    private final Commands commands;
    private final Queries queries;
    private final ReferenceLists references;
    private final CorrectedEvents correctedEvents;

    InterventionForms(Commands commands, Queries queries, ReferenceLists references, CorrectedEvents correctedEvents) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
        this.correctedEvents = correctedEvents;
    }

    @InitBinder
    void bindFields(WebDataBinder binder) {
        binder.registerCustomEditor(java.math.BigDecimal.class, new AmountEditor());
    }

    // Registration

    @GetMapping("/interventions/new")
    String registerForm(Model model) {
        CommandForms.Register form = new CommandForms.Register();
        form.leadAdministration = CurrentActor.get().administration();
        model.addAttribute("form", form);
        return registerPage(model);
    }

    @PostMapping("/interventions")
    String register(
            @Valid @ModelAttribute("form") CommandForms.Register form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String id = UUID.randomUUID().toString();
        return FormPost.send(
                form,
                errors,
                () -> commands.create(
                        new RegisterInterventionCommand(
                                id,
                                form.title,
                                form.description,
                                form.kind,
                                form.category,
                                form.leadAdministration,
                                form.areas,
                                form.targetGroups,
                                form.goals,
                                form.plannedStart,
                                form.plannedEnd,
                                blankToNull(form.caseReference),
                                null,
                                null),
                        id,
                        form.reason),
                () -> registerPage(model),
                redirect,
                "done.registered",
                "/interventions/" + id);
    }

    private String registerPage(Model model) {
        model.addAttribute("currentPath", "/interventions/new");
        model.addAttribute("areas", references.areas(null));
        model.addAttribute("administrations", references.administrations(null));
        model.addAttribute("goals", references.goals(null));
        model.addAttribute("sources", references.sources(null));
        return "interventions/register";
    }

    // Details

    @GetMapping("/interventions/{id}/details")
    String detailsForm(@PathVariable String id, Model model) {
        InterventionView intervention = changeable(id);
        CommandForms.Details form = versioned(new CommandForms.Details(), intervention);
        form.title = intervention.title();
        form.description = intervention.description();
        form.category = intervention.category();
        form.targetGroups.addAll(intervention.targetGroups());
        return page(model, intervention, "details", form);
    }

    @PostMapping("/interventions/{id}/details")
    String details(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CommandForms.Details form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "details",
                () -> commands.update(
                        new ReviseInterventionDetailsCommand(
                                id, form.version, form.title, form.description, form.category, form.targetGroups),
                        id,
                        form.reason));
    }

    // Areas

    @GetMapping("/interventions/{id}/areas")
    String areaForm(@PathVariable String id, Model model) {
        return form(id, model, "area", new CommandForms.AddArea());
    }

    @PostMapping("/interventions/{id}/areas")
    String addArea(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CommandForms.AddArea form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "area",
                () -> commands.update(
                        new AddInterventionAreaCommand(id, form.version, form.areaId, form.effectiveFrom),
                        id,
                        form.reason));
    }

    @GetMapping("/interventions/{id}/areas/{areaId}/removal")
    String areaRemovalForm(@PathVariable String id, @PathVariable String areaId, Model model) {
        model.addAttribute("subject", areaId);
        return form(id, model, "areaRemoval", new CommandForms.RemoveArea());
    }

    @PostMapping("/interventions/{id}/areas/{areaId}/removal")
    String removeArea(
            @PathVariable String id,
            @PathVariable String areaId,
            @Valid @ModelAttribute("form") CommandForms.RemoveArea form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("subject", areaId);
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "areaRemoval",
                () -> commands.update(
                        new RemoveInterventionAreaCommand(id, form.version, areaId, form.effectiveTo),
                        id,
                        form.reason));
    }

    // Partners

    @GetMapping("/interventions/{id}/partners")
    String partnerForm(@PathVariable String id, Model model) {
        return form(id, model, "partner", new CommandForms.JoinPartner());
    }

    @PostMapping("/interventions/{id}/partners")
    String joinPartner(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CommandForms.JoinPartner form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "partner",
                () -> commands.update(
                        new JoinPartnerCommand(id, form.version, form.organisationId, form.role, form.effectiveFrom),
                        id,
                        form.reason));
    }

    @GetMapping("/interventions/{id}/partners/{organisationId}/departure")
    String departureForm(@PathVariable String id, @PathVariable String organisationId, Model model) {
        model.addAttribute("subject", organisationId);
        return form(id, model, "partnerDeparture", new CommandForms.PartnerDeparture());
    }

    @PostMapping("/interventions/{id}/partners/{organisationId}/departure")
    String leave(
            @PathVariable String id,
            @PathVariable String organisationId,
            @Valid @ModelAttribute("form") CommandForms.PartnerDeparture form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("subject", organisationId);
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "partnerDeparture",
                () -> commands.update(
                        new RecordPartnerDepartureCommand(id, form.version, organisationId, form.effectiveTo),
                        id,
                        form.reason));
    }

    // Money

    @GetMapping("/interventions/{id}/funding")
    String fundingForm(@PathVariable String id, Model model) {
        InterventionView intervention = changeable(id);
        CommandForms.GrantFunding form = versioned(new CommandForms.GrantFunding(), intervention);
        form.fromYear = year(intervention.plannedStart());
        form.toYear = intervention.plannedEnd() != null && year(intervention.plannedEnd()) != null
                ? year(intervention.plannedEnd())
                : form.fromYear;
        return page(model, intervention, "funding", form);
    }

    /** The year a date falls in, when it allows only one; a form proposes no year the source does not state. */
    private static Integer year(UncertainDate date) {
        return date == null
                        || date.earliest() == null
                        || date.latest() == null
                        || date.earliest().getYear() != date.latest().getYear()
                ? null
                : date.earliest().getYear();
    }

    @PostMapping("/interventions/{id}/funding")
    String grantFunding(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CommandForms.GrantFunding form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "funding",
                () -> commands.update(
                        new GrantFundingCommand(
                                id,
                                form.version,
                                UUID.randomUUID().toString(),
                                form.source,
                                form.sourceKind,
                                money(form.amount),
                                form.fromYear,
                                form.toYear,
                                blankToNull(form.decisionReference)),
                        id,
                        form.reason));
    }

    @GetMapping("/interventions/{id}/funding/{fundingId}/adjustment")
    String adjustmentForm(@PathVariable String id, @PathVariable String fundingId, Model model) {
        InterventionView intervention = changeable(id);
        CommandForms.AdjustFunding form = versioned(new CommandForms.AdjustFunding(), intervention);
        form.amount = fundingLine(intervention, fundingId).amount().amount();
        model.addAttribute("subject", fundingId);
        return page(model, intervention, "adjustment", form);
    }

    @PostMapping("/interventions/{id}/funding/{fundingId}/adjustment")
    String adjust(
            @PathVariable String id,
            @PathVariable String fundingId,
            @Valid @ModelAttribute("form") CommandForms.AdjustFunding form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("subject", fundingId);
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "adjustment",
                () -> commands.update(
                        new AdjustFundingCommand(id, form.version, fundingId, money(form.amount)), id, form.reason));
    }

    @GetMapping("/interventions/{id}/funding/{fundingId}/withdrawal")
    String withdrawalForm(@PathVariable String id, @PathVariable String fundingId, Model model) {
        InterventionView intervention = changeable(id);
        fundingLine(intervention, fundingId);
        model.addAttribute("subject", fundingId);
        return page(model, intervention, "withdrawal", versioned(new CommandForms.WithdrawFunding(), intervention));
    }

    @PostMapping("/interventions/{id}/funding/{fundingId}/withdrawal")
    String withdraw(
            @PathVariable String id,
            @PathVariable String fundingId,
            @Valid @ModelAttribute("form") CommandForms.WithdrawFunding form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("subject", fundingId);
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "withdrawal",
                () -> commands.update(new WithdrawFundingCommand(id, form.version, fundingId), id, form.reason));
    }

    @GetMapping("/interventions/{id}/expenditures")
    String expenditureForm(@PathVariable String id, Model model) {
        return form(id, model, "expenditure", new CommandForms.RecordExpenditure());
    }

    @PostMapping("/interventions/{id}/expenditures")
    String spend(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CommandForms.RecordExpenditure form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "expenditure",
                () -> commands.update(
                        new RecordExpenditureCommand(
                                id, form.version, UUID.randomUUID().toString(), form.year, money(form.amount)),
                        id,
                        form.reason));
    }

    // Lifecycle

    @GetMapping("/interventions/{id}/stage")
    String stageForm(@PathVariable String id, Model model) {
        return form(id, model, "stage", new CommandForms.ChangeStage());
    }

    @PostMapping("/interventions/{id}/stage")
    String stage(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CommandForms.ChangeStage form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "stage",
                () -> commands.update(
                        new ChangeStageCommand(id, form.version, form.stage, form.effectiveFrom), id, form.reason));
    }

    @GetMapping("/interventions/{id}/policy")
    String policyForm(@PathVariable String id, Model model) {
        CommandForms.LinkPolicy form = new CommandForms.LinkPolicy();
        form.policy = intervention(id).policy();
        return form(id, model, "policy", form);
    }

    @PostMapping("/interventions/{id}/policy")
    String linkPolicy(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CommandForms.LinkPolicy form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "policy",
                () -> commands.update(
                        new LinkInterventionToPolicyCommand(id, form.version, form.policy), id, form.reason));
    }

    @GetMapping("/interventions/{id}/extension")
    String extensionForm(@PathVariable String id, Model model) {
        return form(id, model, "extension", new CommandForms.Extend());
    }

    @PostMapping("/interventions/{id}/extension")
    String extend(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CommandForms.Extend form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "extension",
                () -> commands.update(
                        new ExtendInterventionCommand(id, form.version, form.plannedEnd), id, form.reason));
    }

    @GetMapping("/interventions/{id}/evaluations")
    String evaluationForm(@PathVariable String id, Model model) {
        InterventionView intervention = intervention(id);
        if (!WriteAccess.mayEvaluate(CurrentActor.get(), intervention)) {
            throw new NotPermitted("you may not evaluate intervention " + id);
        }
        CommandForms.RecordEvaluation form = versioned(new CommandForms.RecordEvaluation(), intervention);
        form.periodFrom = intervention.plannedStart();
        form.periodTo = intervention.plannedEnd();
        return page(model, intervention, "evaluation", form);
    }

    @PostMapping("/interventions/{id}/evaluations")
    String evaluate(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CommandForms.RecordEvaluation form,
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
                        new RecordEvaluationCommand(
                                id,
                                form.version,
                                UUID.randomUUID().toString(),
                                form.periodFrom,
                                form.periodTo,
                                form.method,
                                form.evaluator,
                                form.result,
                                form.evidenceLevel,
                                List.of(),
                                blankToNull(form.summary),
                                blankToNull(form.reportReference)),
                        id,
                        form.reason));
    }

    @GetMapping("/interventions/{id}/decisions")
    String decisionForm(@PathVariable String id, Model model) {
        return form(id, model, "decision", new CommandForms.Decide());
    }

    @PostMapping("/interventions/{id}/decisions")
    String decide(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CommandForms.Decide form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return send(
                id,
                form,
                errors,
                model,
                redirect,
                "decision",
                () -> commands.update(
                        new RecordDecisionCommand(
                                id,
                                form.version,
                                form.decision,
                                form.effectiveFrom,
                                form.areas,
                                blankToNull(form.administration)),
                        id,
                        form.reason));
    }

    // Corrections

    @GetMapping("/interventions/{id}/corrections")
    String correctionForm(@PathVariable String id, @RequestParam String eventId, Model model) {
        InterventionView intervention = changeable(id);
        CommandForms.Correct form = versioned(new CommandForms.Correct(), intervention);
        form.eventId = eventId;
        return correctionPage(model, intervention, form);
    }

    @PostMapping("/interventions/{id}/corrections")
    String correct(
            @PathVariable String id,
            @Valid @ModelAttribute("form") CommandForms.Correct form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        InterventionView intervention = intervention(id);
        return FormPost.send(
                form,
                errors,
                () -> {
                    CorrectedValues values = new CorrectedValues(
                            blankToNull(form.title),
                            blankToNull(form.description),
                            form.plannedStart,
                            form.plannedEnd,
                            blankToNull(form.caseReference),
                            form.effectiveFrom,
                            form.effectiveTo,
                            form.role,
                            form.amount == null ? null : money(form.amount),
                            form.fromYear,
                            form.toYear,
                            form.year,
                            blankToNull(form.decisionReference),
                            form.periodFrom,
                            form.periodTo,
                            form.result,
                            blankToNull(form.summary),
                            blankToNull(form.reportReference));
                    commands.update(
                            new CorrectEventCommand(
                                    id,
                                    form.version,
                                    form.eventId,
                                    correctedEvents.correction(id, form.eventId, values)),
                            id,
                            form.reason);
                },
                () -> correctionPage(model, intervention, form),
                redirect,
                "done.correction",
                "/interventions/" + id);
    }

    private String correctionPage(Model model, InterventionView intervention, CommandForms.Correct form) {
        HistoryEntryView corrected =
                queries.list(new FindInterventionHistoryQuery(intervention.id()), HistoryEntryView.class).stream()
                        .filter(entry -> entry.eventId().equals(form.eventId))
                        .findFirst()
                        .orElseThrow(() -> new NotFound("no event " + form.eventId));
        model.addAttribute("corrected", corrected);
        model.addAttribute(
                "correctable",
                CorrectableEvent.ofEventType(corrected.type())
                        .map(CorrectableEvent::fields)
                        .orElse(List.of()));
        return page(model, intervention, "correction", form);
    }

    // Shared steps

    private String send(
            String id,
            CommandForms.Versioned form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            String command,
            Runnable send) {
        return FormPost.send(
                form,
                errors,
                send,
                () -> page(model, intervention(id), command, form),
                redirect,
                "done." + command,
                "/interventions/" + id);
    }

    private String form(String id, Model model, String command, CommandForms.Versioned form) {
        InterventionView intervention = changeable(id);
        return page(model, intervention, command, versioned(form, intervention));
    }

    private String page(Model model, InterventionView intervention, String command, Object form) {
        model.addAttribute("intervention", intervention);
        model.addAttribute("command", command);
        model.addAttribute("form", form);
        model.addAttribute("areas", references.areas(null));
        model.addAttribute("administrations", references.administrations(null));
        model.addAttribute("organisations", references.organisations(null));
        model.addAttribute("names", references.names(null));
        model.addAttribute("sources", references.sources(null));
        model.addAttribute("policies", references.policies(null));
        return "interventions/command";
    }

    private InterventionView intervention(String id) {
        return queries.optional(new FindInterventionQuery(id, null), InterventionView.class)
                .orElseThrow(() -> new NotFound("no intervention " + id));
    }

    /** The intervention a form is shown for, if the user may change it; else the page says they may not. */
    private InterventionView changeable(String id) {
        InterventionView intervention = intervention(id);
        if (!WriteAccess.mayChange(CurrentActor.get(), intervention)) {
            throw new NotPermitted("you may not change intervention " + id);
        }
        return intervention;
    }

    private static <T extends CommandForms.Versioned> T versioned(T form, InterventionView intervention) {
        form.version = intervention.version();
        return form;
    }

    private static FundingLineView fundingLine(InterventionView intervention, String fundingId) {
        return intervention.funding().stream()
                .filter(line -> line.fundingId().equals(fundingId))
                .findFirst()
                .orElseThrow(() -> new NotFound("no funding line " + fundingId));
    }

    private static Money money(java.math.BigDecimal amount) {
        return new Money(amount, Money.DKK);
    }
}
