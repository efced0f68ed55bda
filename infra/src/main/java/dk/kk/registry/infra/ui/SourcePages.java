package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.audit.AuditEventView;
import dk.kk.registry.infra.audit.EventLog;
import dk.kk.registry.infra.gateway.Commands;
import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.shared.measurement.FindMeasurementQuery;
import dk.kk.registry.shared.measurement.MeasurementView;
import dk.kk.registry.shared.source.FindSourceFactsQuery;
import dk.kk.registry.shared.source.FindSourceQuery;
import dk.kk.registry.shared.source.ListSourcesQuery;
import dk.kk.registry.shared.source.RegisterSourceCommand;
import dk.kk.registry.shared.source.SourceFactPage;
import dk.kk.registry.shared.source.SourceFactView;
import dk.kk.registry.shared.source.SourceKind;
import dk.kk.registry.shared.source.SourcePage;
import dk.kk.registry.shared.source.SourceView;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sources (kilder) in the UI: the list, a source's page with every fact recorded from it (from the
 * {@code source-facts} read model, paged, as of the page's instant), each linked to what it concerns, and the form
 * that registers a source with the same command as {@code POST /api/sources}.
 */
@Controller
class SourcePages {

    static final int PAGE_SIZE = 50;
    private static final Pattern PAYLOAD_AREA = Pattern.compile("\"area\"\\s*:\\s*\"([^\"\\\\]+)\"");

    private final Queries queries;
    private final Commands commands;
    private final EventLog log;
    private final FactSummaries summaries;
    private final AggregateNames names;

    SourcePages(Queries queries, Commands commands, EventLog log, FactSummaries summaries, AggregateNames names) {
        this.queries = queries;
        this.commands = commands;
        this.log = log;
        this.summaries = summaries;
        this.names = names;
    }

    /** A fact recorded from the source: what it says, what it concerns and where that is shown. */
    record Fact(SourceFactView fact, String summary, String aggregateType, String concerns, String href) {}

    @GetMapping("/sources")
    String list(@RequestParam(required = false) Integer page, HttpSession session, Model model) {
        Instant asOf = ViewedAsOf.of(session);
        int shown = page == null || page < 0 ? 0 : page;
        model.addAttribute("currentPath", "/sources");
        model.addAttribute("found", queries.one(new ListSourcesQuery(null, asOf, shown, PAGE_SIZE), SourcePage.class));
        model.addAttribute("pageSize", PAGE_SIZE);
        return "sources/list";
    }

    @GetMapping("/sources/{id}")
    String show(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            HttpSession session,
            Model model,
            Locale locale) {
        Instant asOf = ViewedAsOf.of(session);
        SourceView source = queries.optional(new FindSourceQuery(id, asOf), SourceView.class)
                .orElseThrow(() -> new NotFound("no source " + id));
        int shown = page == null || page < 0 ? 0 : page;
        SourceFactPage found = queries.one(new FindSourceFactsQuery(id, asOf, shown, PAGE_SIZE), SourceFactPage.class);
        List<String> eventIds =
                found.items().stream().map(SourceFactView::eventId).toList();
        Map<String, AuditEventView> events = log.byEventIds(eventIds).stream()
                .collect(Collectors.toMap(AuditEventView::eventId, Function.identity(), (a, b) -> a));
        Map<String, String> known = names.of(events.values(), asOf);
        Map<String, String> lines = summaries.of(eventIds, asOf, locale);
        model.addAttribute("currentPath", "/sources");
        model.addAttribute("source", source);
        model.addAttribute("found", found);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute(
                "facts",
                found.items().stream()
                        .map(fact -> {
                            AuditEventView event = events.get(fact.eventId());
                            String type = event == null ? null : event.aggregateType();
                            // a measurement has no name of its own: it concerns the area it was measured in
                            String concerned =
                                    "Measurement".equals(type) ? measuredArea(fact.aggregateId(), event, asOf) : null;
                            String concerns = concerned != null
                                    ? known.getOrDefault(concerned, concerned)
                                    : known.getOrDefault(fact.aggregateId(), fact.aggregateId());
                            return new Fact(
                                    fact,
                                    lines.get(fact.eventId()),
                                    type,
                                    concerns,
                                    href(type, fact.aggregateId(), event, asOf));
                        })
                        .toList());
        return "sources/show";
    }

    /** The page that shows what a fact concerns; null where the UI has none (its row in the log is for auditors). */
    private String href(String aggregateType, String aggregateId, AuditEventView event, Instant asOf) {
        if (aggregateType == null || aggregateId == null) {
            return null;
        }
        return switch (aggregateType) {
            case "Intervention" -> "/interventions/" + aggregateId;
            case "Area" -> "/areas/" + aggregateId;
            case "Source" -> "/sources/" + aggregateId;
            case "DevelopmentPlan" -> "/plans/" + aggregateId;
            case "Goal" -> "/goals#goal-" + aggregateId;
            case "Measurement" -> {
                String area = measuredArea(aggregateId, event, asOf);
                yield area == null ? null : "/areas/" + area + "#indicators";
            }
            default -> null;
        };
    }

    private String measuredArea(String measurementId, AuditEventView event, Instant asOf) {
        Matcher area = PAYLOAD_AREA.matcher(event.payload() == null ? "" : event.payload());
        if (area.find()) {
            return area.group(1);
        }
        return queries.optional(new FindMeasurementQuery(measurementId, asOf), MeasurementView.class)
                .map(MeasurementView::area)
                .orElse(null);
    }

    @GetMapping("/sources/new")
    String registerForm(Model model) {
        model.addAttribute("form", new CommandForms.RegisterSource());
        return registerPage(model);
    }

    @PostMapping("/sources")
    String register(
            @Valid @ModelAttribute("form") CommandForms.RegisterSource form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String id = form.id == null ? null : form.id.strip();
        return FormPost.send(
                errors,
                () -> commands.create(
                        new RegisterSourceCommand(
                                id, form.title, form.publisher, form.published, form.identifier, form.kind, form.note),
                        id,
                        form.reason),
                () -> registerPage(model),
                redirect,
                "sources.done.registered",
                "/sources/" + id);
    }

    private String registerPage(Model model) {
        model.addAttribute("currentPath", "/sources/new");
        model.addAttribute("kinds", SourceKind.values());
        return "sources/new";
    }
}
