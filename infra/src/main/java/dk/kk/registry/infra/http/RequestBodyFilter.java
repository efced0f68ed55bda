package dk.kk.registry.infra.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (echoed in {@code X-Correlation-Id}) and reads a write's body once, refusing
 * one over 1 MiB with 413 before anything is parsed. The buffered body is what the idempotency check hashes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyFilter extends OncePerRequestFilter {

    static final int LIMIT = 1024 * 1024;

    private final ProblemResponses problems;

    RequestBodyFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = RequestContext.correlationIdFor(request);
        request.setAttribute(RequestContext.CORRELATION_ATTRIBUTE, correlationId);
        response.setHeader(RequestContext.CORRELATION_HEADER, correlationId);
        if (!hasBody(request) || isStreamedBulk(request) || isForm(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > LIMIT) {
            tooLarge(response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), LIMIT + 1);
        if (body.length > LIMIT) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(
                response, HttpStatus.PAYLOAD_TOO_LARGE, "Body too large", "a request body may be at most 1 MiB", false);
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    /**
     * A form of the UI is left to the container, which parses it into parameters (within
     * {@code server.tomcat.max-http-form-post-size}); read here first, its parameters would come out empty.
     */
    static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * Bulk measurements are streamed rather than buffered, so the idempotency filter cannot hash their body; they need
     * no key, since a measurement's id follows from what it measures and a repeated request records nothing (ADR 0008).
     */
    static boolean isStreamedBulk(HttpServletRequest request) {
        return request.getRequestURI().equals("/api/measurements");
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        while (out.size() < max && (read = in.read(chunk, 0, Math.min(chunk.length, max - out.size()))) != -1) {
            out.write(chunk, 0, read);
        }
        return out.toByteArray();
    }

    /** A request whose body has been read into memory and can be read again. */
    static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        byte[] body() {
            return body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already buffered");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
