package dk.kk.registry.infra.ui;

import static dk.kk.registry.infra.ui.FormValues.blankToNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.infra.audit.AuditEventPage;
import dk.kk.registry.infra.audit.AuditEventView;
import dk.kk.registry.infra.audit.AuditFilter;
import dk.kk.registry.infra.audit.ChainVerification;
import dk.kk.registry.infra.audit.ChainWatch;
import dk.kk.registry.infra.audit.EventLog;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The auditors' pages: the event log in global order with the API's filters, the "view as of" that every page then
 * honours, and the integrity check of the hash chain. While an instant is chosen, the log ends there: what was
 * recorded later was not yet known.
 */
@Controller
class AuditPages {

    static final int PAGE_SIZE = 50;
    /** A spreadsheet's share of the log: beyond this many events the CSV is refused and the NDJSON streams them. */
    static final int CSV_LIMIT = 100_000;

    private static final int EXPORT_BATCH = 500;
    private static final ObjectMapper LINES = new ObjectMapper().findAndRegisterModules();
    private static final int MAX_FILTER_LENGTH = 255;

    private final EventLog log;
    private final ChainWatch chain;
    private final EventTypes eventTypes;
    private final AggregateNames aggregateNames;
    private final EventPayloads payloads;
    private final ReferenceLists references;

    AuditPages(
            EventLog log,
            ChainWatch chain,
            EventTypes eventTypes,
            AggregateNames aggregateNames,
            EventPayloads payloads,
            ReferenceLists references) {
        this.references = references;
        this.log = log;
        this.chain = chain;
        this.eventTypes = eventTypes;
        this.aggregateNames = aggregateNames;
        this.payloads = payloads;
    }

    /** The log's filters as the form sends them; times are Copenhagen's, as the auditor reads a clock. */
    static class Filters {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private LocalDateTime from;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        private LocalDateTime to;

        private String aggregateId;
        private String user;
        private String type;
        private Integer page;
        /** A position to show: the page it stands on, unfiltered, with its row marked. */
        private Long position;

        public LocalDateTime getFrom() {
            return from;
        }

        public void setFrom(LocalDateTime from) {
            this.from = from;
        }

        public LocalDateTime getTo() {
            return to;
        }

        public void setTo(LocalDateTime to) {
            this.to = to;
        }

        public String getAggregateId() {
            return aggregateId;
        }

        public void setAggregateId(String aggregateId) {
            this.aggregateId = aggregateId;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public Integer getPage() {
            return page;
        }

        public void setPage(Integer page) {
            this.page = page;
        }

        public Long getPosition() {
            return position;
        }

        public void setPosition(Long position) {
            this.position = position;
        }
    }

    @GetMapping("/audit/events")
    String events(
            @ModelAttribute("filters") Filters filters,
            BindingResult form,
            HttpSession session,
            Model model,
            Locale locale) {
        model.addAttribute("eventTypes", eventTypes.all(locale));
        Instant asOf = ViewedAsOf.of(session);
        AuditFilter filter = filter(filters, form, asOf);
        if (filter != null) {
            int page = filters.getPage() == null || filters.getPage() < 0 ? 0 : filters.getPage();
            if (filters.getPosition() != null
                    && filter.from() == null
                    && filters.getAggregateId() == null
                    && filters.getUser() == null
                    && filters.getType() == null) {
                page = (int) Math.min(Integer.MAX_VALUE, log.countBefore(filters.getPosition()) / PAGE_SIZE);
            }
            AuditEventPage found = log.page(filter, page, PAGE_SIZE);
            Map<String, String> names = aggregateNames.of(found.items(), asOf);
            model.addAttribute("found", found);
            model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            model.addAttribute("names", names);
            model.addAttribute(
                    "fields",
                    found.items().stream()
                            .collect(Collectors.toMap(
                                    AuditEventView::eventId,
                                    event -> payloads.fields(event.payload(), names, locale),
                                    (a, b) -> a)));
            model.addAttribute(
                    "raw",
                    found.items().stream()
                            .collect(Collectors.toMap(
                                    AuditEventView::eventId, event -> payloads.pretty(event.payload()), (a, b) -> a)));
            model.addAttribute("csvLimit", CSV_LIMIT);
            model.addAttribute("sourceTitles", references.sourceTitles(asOf));
        }
        model.addAttribute("firstRecorded", log.firstRecordedAt().orElse(null));
        return "audit/events";
    }

    /** The filtered log as CSV (the API's columns), up to {@link #CSV_LIMIT} events; beyond, NDJSON streams it. */
    @GetMapping(path = "/audit/events.csv", produces = "text/csv")
    ResponseEntity<AuditEventPage> csv(
            @ModelAttribute("filters") Filters filters, BindingResult form, HttpSession session) {
        AuditFilter filter = filter(filters, form, ViewedAsOf.of(session));
        if (filter == null) {
            return ResponseEntity.badRequest().build();
        }
        List<AuditEventView> all = new ArrayList<>();
        AuditEventPage found;
        int page = 0;
        do {
            found = log.page(filter, page++, EXPORT_BATCH);
            found.items().forEach(event -> all.add(event.withPayload(payloads.plain(event.payload()))));
        } while (!found.items().isEmpty() && all.size() < found.total() && all.size() < CSV_LIMIT);
        if (found.total() > CSV_LIMIT) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("haendelseslog.csv")
                                .build()
                                .toString())
                .body(new AuditEventPage(all, 0, all.size(), found.total()));
    }

    /** The filtered log as NDJSON, one event a line as the API's list gives it, written a batch at a time. */
    @GetMapping(path = "/audit/events.ndjson")
    void ndjson(
            @ModelAttribute("filters") Filters filters,
            BindingResult form,
            HttpSession session,
            HttpServletResponse response)
            throws IOException {
        AuditFilter filter = filter(filters, form, ViewedAsOf.of(session));
        if (filter == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("haendelseslog.ndjson")
                        .build()
                        .toString());
        OutputStream out = response.getOutputStream();
        long written = 0;
        for (int page = 0; ; page++) {
            AuditEventPage found = log.page(filter, page, EXPORT_BATCH);
            for (AuditEventView event : found.items()) {
                out.write(LINES.writeValueAsBytes(event.withPayload(payloads.plain(event.payload()))));
                out.write('\n');
            }
            written += found.items().size();
            if (found.items().isEmpty() || written >= found.total()) {
                break;
            }
        }
        out.flush();
    }

    /**
     * The filter the form asks for, or null with the reasons beside the fields. As of an instant the log ends there
     * (the filter's "to" is exclusive, the instant inclusive).
     */
    private AuditFilter filter(Filters filters, BindingResult form, Instant asOf) {
        Instant from = instant(filters.getFrom());
        Instant to = instant(filters.getTo());
        if (from != null && to != null && from.isAfter(to)) {
            form.rejectValue("to", "audit.toBeforeFrom");
        }
        for (String field : new String[] {"aggregateId", "user", "type"}) {
            Object value = form.getFieldValue(field);
            if (value instanceof String text && text.length() > MAX_FILTER_LENGTH) {
                form.rejectValue(field, "Size", new Object[] {field, MAX_FILTER_LENGTH, 0}, null);
            }
        }
        String type = blankToNull(filters.getType());
        if (type != null && type.length() <= MAX_FILTER_LENGTH && !eventTypes.known(type)) {
            form.rejectValue("type", "audit.type.unknown");
        }
        if (form.hasErrors()) {
            return null;
        }
        Instant until = asOf == null ? to : to == null || to.isAfter(asOf) ? asOf.plusNanos(1000) : to;
        return new AuditFilter(
                from, until, blankToNull(filters.getAggregateId()), blankToNull(filters.getUser()), type);
    }

    @GetMapping("/audit/integrity")
    String integrity() {
        return "audit/integrity";
    }

    /** Recomputes the chain over every stored event now; the answer concerns the log as it is stored, not a past view. */
    @PostMapping("/audit/integrity")
    String check(Model model) {
        ChainVerification verification = chain.verify();
        model.addAttribute("verification", verification);
        model.addAttribute("checkedAt", Instant.now());
        return "audit/integrity";
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(UiFormat.COPENHAGEN).toInstant();
    }
}
