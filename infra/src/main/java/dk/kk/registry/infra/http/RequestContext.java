package dk.kk.registry.infra.http;

import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Citation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The correlation id, source and cited source of the current request. */
public final class RequestContext {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String CORRELATION_ATTRIBUTE = RequestContext.class.getName() + ".correlationId";
    static final String CITATION_ATTRIBUTE = RequestContext.class.getName() + ".citation";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private RequestContext() {}

    static String correlationIdFor(HttpServletRequest request) {
        String given = request.getHeader(CORRELATION_HEADER);
        return given != null && SAFE_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    public static String correlationId() {
        HttpServletRequest request = current();
        if (request == null) {
            return UUID.randomUUID().toString();
        }
        Object id = request.getAttribute(CORRELATION_ATTRIBUTE);
        return id != null ? id.toString() : correlationIdFor(request);
    }

    public static String source() {
        HttpServletRequest request = current();
        if (request == null) {
            return AuditMetadata.SOURCE_SYSTEM;
        }
        return request.getRequestURI().startsWith("/api/") ? AuditMetadata.SOURCE_API : AuditMetadata.SOURCE_UI;
    }

    /** The citation the current write's body carries ({@link CitationBodyAdvice}), or null. */
    public static Citation citation() {
        HttpServletRequest request = current();
        return request != null && request.getAttribute(CITATION_ATTRIBUTE) instanceof Citation citation
                ? citation
                : null;
    }

    /** Cites a source for the writes of the current request (the UI's forms, the bulk import). */
    public static void cite(Citation citation) {
        HttpServletRequest request = current();
        if (request != null) {
            request.setAttribute(CITATION_ATTRIBUTE, citation);
        }
    }

    private static HttpServletRequest current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
