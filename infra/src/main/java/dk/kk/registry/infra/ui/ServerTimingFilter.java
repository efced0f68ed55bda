package dk.kk.registry.infra.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Says how long the server took to answer a page of the UI, in the standard {@code Server-Timing} header
 * ({@code Server-Timing: app;dur=12.3}, milliseconds), which a browser's developer tools show beside the request and
 * the crawler ({@code CrawlIT}) reads. The page is held until it is complete so that the time covers the whole
 * rendering; only the UI's pages are held (they are tens of kilobytes), never the API, the downloads or static files.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ServerTimingFilter extends OncePerRequestFilter {

    static final String HEADER = "Server-Timing";
    private static final List<String> NOT_PAGES =
            List.of("/api/", "/v3/", "/swagger-ui", "/actuator", "/css/", "/js/", "/webjars/", "/images/", "/favicon");
    private static final List<String> DOWNLOADS = List.of(".csv", ".ndjson", ".json", ".xml", ".svg", ".png");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String lower = path.toLowerCase(Locale.ROOT);
        return NOT_PAGES.stream().anyMatch(lower::startsWith)
                || DOWNLOADS.stream().anyMatch(lower::endsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } finally {
            if (request.isAsyncStarted()) {
                // no UI page answers asynchronously today; should one, its body is sent when it is complete
                request.getAsyncContext().addListener(new jakarta.servlet.AsyncListener() {
                    @Override
                    public void onComplete(jakarta.servlet.AsyncEvent event) throws IOException {
                        held.copyBodyToResponse();
                    }

                    @Override
                    public void onTimeout(jakarta.servlet.AsyncEvent event) {}

                    @Override
                    public void onError(jakarta.servlet.AsyncEvent event) {}

                    @Override
                    public void onStartAsync(jakarta.servlet.AsyncEvent event) {}
                });
            } else {
                if (!response.isCommitted()) {
                    response.setHeader(
                            HEADER,
                            String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - start) / 1_000_000.0));
                }
                held.copyBodyToResponse();
            }
        }
    }
}
