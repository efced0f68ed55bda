package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.audit.AuditEventPage;
import dk.kk.registry.infra.audit.AuditFilter;
import dk.kk.registry.infra.audit.ChainVerification;
import dk.kk.registry.infra.audit.ChainWatch;
import dk.kk.registry.infra.audit.EventLog;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
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
    private static final int MAX_FILTER_LENGTH = 255;

    private final EventLog log;
    private final ChainWatch chain;
    private final EventTypes eventTypes;

    AuditPages(EventLog log, ChainWatch chain, EventTypes eventTypes) {
        this.log = log;
        this.chain = chain;
        this.eventTypes = eventTypes;
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

        public LocalDateTime getFrom() { return from; }
        public void setFrom(LocalDateTime from) { this.from = from; }
        public LocalDateTime getTo() { return to; }
        public void setTo(LocalDateTime to) { this.to = to; }
        public String getAggregateId() { return aggregateId; }
        public void setAggregateId(String aggregateId) { this.aggregateId = aggregateId; }
        public String getUser() { return user; }
        public void setUser(String user) { this.user = user; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public Integer getPage() { return page; }
        public void setPage(Integer page) { this.page = page; }
        public Long getPosition() { return position; }
        public void setPosition(Long position) { this.position = position; }
    }

    @GetMapping("/audit/events")
    String events(@ModelAttribute("filters") Filters filters, BindingResult form, HttpSession session, Model model,
            Locale locale) {
        model.addAttribute("eventTypes", eventTypes.all(locale));
        Instant asOf = ViewedAsOf.of(session);
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
        if (!form.hasErrors()) {
            // As of an instant the log ends there (the filter's "to" is exclusive, the instant inclusive).
            Instant until = asOf == null ? to : to == null || to.isAfter(asOf) ? asOf.plusNanos(1000) : to;
            int page = filters.getPage() == null || filters.getPage() < 0 ? 0 : filters.getPage();
            if (filters.getPosition() != null && from == null && filters.getAggregateId() == null
                    && filters.getUser() == null && filters.getType() == null) {
                page = (int) Math.min(Integer.MAX_VALUE, log.countBefore(filters.getPosition()) / PAGE_SIZE);
            }
            AuditEventPage found = log.page(new AuditFilter(from, until, blankToNull(filters.getAggregateId()),
                    blankToNull(filters.getUser()), blankToNull(filters.getType())), page, PAGE_SIZE);
            model.addAttribute("found", found);
            model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        }
        return "audit/events";
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
