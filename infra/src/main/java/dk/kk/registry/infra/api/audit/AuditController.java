package dk.kk.registry.infra.api.audit;

import dk.kk.registry.infra.audit.AuditEventPage;
import dk.kk.registry.infra.audit.AuditFilter;
import dk.kk.registry.infra.audit.ChainVerification;
import dk.kk.registry.infra.audit.ChainWatch;
import dk.kk.registry.infra.audit.EventLog;
import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.Paging;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for auditors and administrators (security restricts {@code /api/audit/**}): browse, export, verify. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    static final String NDJSON = "application/x-ndjson";
    private static final int MAX_FILTER_LENGTH = 255;

    private final EventLog log;
    private final ChainWatch chain;

    AuditController(EventLog log, ChainWatch chain) {
        this.log = log;
        this.chain = chain;
    }

    /**
     * The whole event log in global order, filtered ({@code from} inclusive, {@code to} exclusive) and paged; also as
     * CSV with {@code Accept: text/csv}.
     */
    @GetMapping(
            path = "/events",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    AuditEventPage events(
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String aggregateId,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadInput("to", "to must not be before from");
        }
        AuditFilter filter = new AuditFilter(
                from, to, filter("aggregateId", aggregateId), filter("user", user), filter("type", type));
        return log.page(filter, Paging.page(page), Paging.size(size));
    }

    /** The whole event log as NDJSON, streamed, each line with its chain hash (ADR 0009). */
    @GetMapping(path = "/export", produces = NDJSON)
    void export(HttpServletResponse response) throws IOException {
        response.setContentType(NDJSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"event-log.ndjson\"");
        OutputStream out = response.getOutputStream();
        log.export(out);
        out.flush();
    }

    /** Recomputes the hash chain over the stored events and compares it with the stored links. */
    @GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    ChainVerification verify() {
        return chain.verify();
    }

    private static String filter(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_FILTER_LENGTH) {
            throw new BadInput(field, field + " must be at most " + MAX_FILTER_LENGTH + " characters");
        }
        return value;
    }
}
