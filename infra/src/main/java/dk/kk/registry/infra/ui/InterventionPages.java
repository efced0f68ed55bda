package dk.kk.registry.infra.ui;

import static dk.kk.registry.infra.ui.FormValues.blankToNull;

import dk.kk.registry.infra.gateway.Queries;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.Paging;
import dk.kk.registry.infra.security.CurrentActor;
import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.intervention.CorrectableEvent;
import dk.kk.registry.shared.intervention.FindInterventionHistoryQuery;
import dk.kk.registry.shared.intervention.FindInterventionQuery;
import dk.kk.registry.shared.intervention.HistoryEntryView;
import dk.kk.registry.shared.intervention.InterventionCategory;
import dk.kk.registry.shared.intervention.InterventionKind;
import dk.kk.registry.shared.intervention.InterventionPage;
import dk.kk.registry.shared.intervention.InterventionSummary;
import dk.kk.registry.shared.intervention.InterventionView;
import dk.kk.registry.shared.intervention.SearchInterventionsQuery;
import dk.kk.registry.shared.intervention.Stage;
import dk.kk.registry.shared.source.EventCitations;
import dk.kk.registry.shared.source.FindCitationsQuery;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** Finding interventions (every filter of the API's search, Danish full text, CSV) and an intervention's page. */
@Controller
class InterventionPages {

    static final int PAGE_SIZE = 25;

    private final Queries queries;
    private final ReferenceLists references;
    private final UiFormat format;

    InterventionPages(Queries queries, ReferenceLists references, UiFormat format) {
        this.queries = queries;
        this.references = references;
        this.format = format;
    }

    /** The search's filters as the form sends them; every one optional. */
    static class Filters {
        private String area;
        private String administration;
        private InterventionCategory category;
        private InterventionKind kind;
        private Stage stage;
        private String partner;
        private String fundingSource;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate activeFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate activeTo;
        /** Only the interventions that certainly ran in the window ("sikkert"), not those that possibly did. */
        private boolean certainOnly;

        private String q;
        private Integer page;

        SearchInterventionsQuery query(Instant asOf, int page, int size) {
            return new SearchInterventionsQuery(
                    blankToNull(area),
                    blankToNull(administration),
                    category,
                    kind,
                    stage,
                    blankToNull(partner),
                    blankToNull(fundingSource),
                    activeFrom,
                    activeTo,
                    certainOnly ? Certainty.CERTAIN : null,
                    blankToNull(q),
                    asOf,
                    page,
                    size);
        }

        public String getArea() {
            return area;
        }

        public void setArea(String area) {
            this.area = area;
        }

        public String getAdministration() {
            return administration;
        }

        public void setAdministration(String administration) {
            this.administration = administration;
        }

        public InterventionCategory getCategory() {
            return category;
        }

        public void setCategory(InterventionCategory category) {
            this.category = category;
        }

        public InterventionKind getKind() {
            return kind;
        }

        public void setKind(InterventionKind kind) {
            this.kind = kind;
        }

        public Stage getStage() {
            return stage;
        }

        public void setStage(Stage stage) {
            this.stage = stage;
        }

        public String getPartner() {
            return partner;
        }

        public void setPartner(String partner) {
            this.partner = partner;
        }

        public String getFundingSource() {
            return fundingSource;
        }

        public void setFundingSource(String fundingSource) {
            this.fundingSource = fundingSource;
        }

        public LocalDate getActiveFrom() {
            return activeFrom;
        }

        public void setActiveFrom(LocalDate activeFrom) {
            this.activeFrom = activeFrom;
        }

        public LocalDate getActiveTo() {
            return activeTo;
        }

        public void setActiveTo(LocalDate activeTo) {
            this.activeTo = activeTo;
        }

        public boolean isCertainOnly() {
            return certainOnly;
        }

        public void setCertainOnly(boolean certainOnly) {
            this.certainOnly = certainOnly;
        }

        public String getQ() {
            return q;
        }

        public void setQ(String q) {
            this.q = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
        }

        public Integer getPage() {
            return page;
        }

        public void setPage(Integer page) {
            this.page = page;
        }
    }

    @GetMapping("/interventions")
    String list(
            @ModelAttribute("filters") Filters filters,
            HttpSession session,
            Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore,
            HttpServletResponse response) {
        // The same address answers the whole page or, to htmx as the user types, only the results.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        Instant asOf = ViewedAsOf.of(session);
        int page = filters.getPage() == null || filters.getPage() < 0 ? 0 : filters.getPage();
        InterventionPage found = queries.one(filters.query(asOf, page, PAGE_SIZE), InterventionPage.class);
        model.addAttribute("found", found);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("names", references.names(asOf));
        if (htmx != null && restore == null) {
            model.addAttribute("outOfBand", true);
            return "interventions/list :: results";
        }
        model.addAttribute("areas", references.areas(asOf));
        model.addAttribute("administrations", references.administrations(asOf));
        model.addAttribute("organisations", references.organisations(asOf));
        return "interventions/list";
    }

    /** The search's result whole, as the API's CSV (Danish Excel opens it as is). */
    @GetMapping(path = "/interventions/export.csv", produces = "text/csv")
    ResponseEntity<InterventionPage> export(@ModelAttribute Filters filters, HttpSession session) {
        Instant asOf = ViewedAsOf.of(session);
        List<InterventionSummary> all = new ArrayList<>();
        long total;
        int page = 0;
        do {
            InterventionPage found = queries.one(filters.query(asOf, page++, Paging.MAX_SIZE), InterventionPage.class);
            all.addAll(found.items());
            total = found.total();
            if (found.items().isEmpty()) {
                break;
            }
        } while (all.size() < total);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("indsatser.csv")
                                .build()
                                .toString())
                .body(new InterventionPage(all, 0, all.size(), total));
    }

    @GetMapping("/interventions/{id}")
    String show(@PathVariable String id, HttpSession session, Model model, HttpServletResponse response) {
        Instant asOf = ViewedAsOf.of(session);
        java.util.Optional<InterventionView> known =
                queries.optional(new FindInterventionQuery(id, asOf), InterventionView.class);
        if (known.isEmpty() && asOf != null) {
            // Recorded later than the instant viewed: say so, and when, rather than that it does not exist.
            java.util.Optional<InterventionView> now =
                    queries.optional(new FindInterventionQuery(id, null), InterventionView.class);
            if (now.isPresent()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("firstRecorded", now.get().registeredAt());
                return "interventions/not-yet";
            }
        }
        InterventionView intervention = known.orElseThrow(() -> new NotFound("no intervention " + id));
        List<HistoryEntryView> history =
                new ArrayList<>(queries.list(new FindInterventionHistoryQuery(id), HistoryEntryView.class));
        if (asOf != null) {
            history.removeIf(entry -> entry.recordedAt().isAfter(asOf));
        }
        history.sort(Comparator.comparingLong(HistoryEntryView::sequence).reversed());
        model.addAttribute("intervention", intervention);
        model.addAttribute(
                "policy",
                intervention.policy() == null
                        ? null
                        : queries.optional(
                                        new dk.kk.registry.shared.policy.FindPolicyQuery(intervention.policy(), asOf),
                                        dk.kk.registry.shared.policy.PolicyView.class)
                                .orElse(null));
        model.addAttribute("mayChange", asOf == null && WriteAccess.mayChange(CurrentActor.get(), intervention));
        model.addAttribute("mayEvaluate", asOf == null && WriteAccess.mayEvaluate(CurrentActor.get(), intervention));
        model.addAttribute(
                "targetGroups", intervention.targetGroups().stream().sorted().toList());
        model.addAttribute("history", history);
        model.addAttribute(
                "correctable",
                history.stream()
                        .map(HistoryEntryView::type)
                        .filter(type -> CorrectableEvent.ofEventType(type).isPresent())
                        .collect(Collectors.toSet()));
        Map<String, String> names = references.names(asOf);
        TimelineFacts timeline = new TimelineFacts(names, format);
        model.addAttribute(
                "facts",
                history.stream().collect(Collectors.toMap(HistoryEntryView::eventId, timeline::of, (a, b) -> a)));
        model.addAttribute("names", names);
        model.addAttribute(
                "cited",
                queries.one(
                                new FindCitationsQuery(history.stream()
                                        .map(HistoryEntryView::eventId)
                                        .toList()),
                                EventCitations.class)
                        .byEventId());
        return "interventions/show";
    }
}
