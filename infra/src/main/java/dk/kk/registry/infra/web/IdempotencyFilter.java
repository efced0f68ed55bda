package dk.kk.registry.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a write: the same user, key and request within 24 hours answers the first response
 * again and records nothing new; the same key with another request is a 409. Kept in PostgreSQL, so it holds across
 * instances; a failed request releases its key so that it can be retried.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final JdbcTemplate jdbc;
    private final ProblemResponses problems;

    IdempotencyFilter(JdbcTemplate jdbc, ProblemResponses problems) {
        this.jdbc = jdbc;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/") || RequestBodyFilter.isStreamedBulk(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER);
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            problems.write(response, ProblemResponses.invalid("Idempotency-Key must be 1 to 255 visible characters",
                    List.of(java.util.Map.of("field", HEADER, "message", "1 to 255 visible ASCII characters"))), false);
            return;
        }
        String principal = user.getName();
        String hash = hash(request);
        jdbc.update("DELETE FROM idempotency_record WHERE principal = ? AND idempotency_key = ? "
                + "AND created_at < now() - interval '24 hours'", principal, key);
        int claimed = jdbc.update("""
                INSERT INTO idempotency_record (principal, idempotency_key, request_hash, created_at, completed)
                VALUES (?, ?, ?, now(), false) ON CONFLICT DO NOTHING""", principal, key, hash);
        if (claimed == 0) {
            answerFromRecord(principal, key, hash, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, wrapper);
            int status = wrapper.getStatus();
            if (status >= 200 && status < 300) {
                jdbc.update("""
                        UPDATE idempotency_record SET completed = true, status = ?, content_type = ?, location = ?,
                            etag = ?, body = ? WHERE principal = ? AND idempotency_key = ?""",
                        status, wrapper.getContentType(), wrapper.getHeader("Location"), wrapper.getHeader("ETag"),
                        wrapper.getContentAsByteArray(), principal, key);
                stored = true;
            }
        } finally {
            if (!stored) {
                jdbc.update("DELETE FROM idempotency_record WHERE principal = ? AND idempotency_key = ?", principal,
                        key);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private void answerFromRecord(String principal, String key, String hash, HttpServletResponse response)
            throws IOException {
        List<StoredAnswer> answers = jdbc.query("""
                SELECT request_hash, completed, status, content_type, location, etag, body
                FROM idempotency_record WHERE principal = ? AND idempotency_key = ?""",
                (rs, n) -> new StoredAnswer(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBytes(7)), principal, key);
        if (answers.isEmpty()) {
            problems.write(response, HttpStatus.CONFLICT, "Idempotency conflict",
                    "a request with this Idempotency-Key has just finished; send it again", false);
            return;
        }
        StoredAnswer answer = answers.get(0);
        if (!answer.hash().equals(hash)) {
            problems.write(response, HttpStatus.CONFLICT, "Idempotency conflict",
                    "this Idempotency-Key was used for a different request", false);
            return;
        }
        if (!answer.completed()) {
            problems.write(response, HttpStatus.CONFLICT, "Idempotency conflict",
                    "a request with this Idempotency-Key is still in progress", false);
            return;
        }
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader("Location", answer.location());
        }
        if (answer.etag() != null) {
            response.setHeader("ETag", answer.etag());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
    }

    private static String hash(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (buffered(request) instanceof RequestBodyFilter.BufferedBodyRequest body) {
                digest.update(body.body());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request whose body RequestBodyFilter buffered, beneath any wrappers Spring Security added. */
    private static ServletRequest buffered(ServletRequest request) {
        while (!(request instanceof RequestBodyFilter.BufferedBodyRequest)
                && request instanceof HttpServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return request;
    }

    private record StoredAnswer(String hash, boolean completed, int status, String contentType, String location,
            String etag, byte[] body) {
    }
}
