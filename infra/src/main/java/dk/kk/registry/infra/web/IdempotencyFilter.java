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
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
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
 * <p>
 * A request cut off by a stopped instance leaves its claim unfinished. Past {@code registry.idempotency.abandoned-after}
 * (no request takes that long) a retry looks for what the claim's request recorded: the events after the log position
 * noted at the claim that carry its correlation id and user. If there are some, the retry is told which record they
 * belong to rather than recording it twice; if there are none, the retry takes the claim over and runs.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final JdbcTemplate jdbc;
    private final ProblemResponses problems;
    private final Duration abandonedAfter;

    IdempotencyFilter(JdbcTemplate jdbc, ProblemResponses problems,
            @Value("${registry.idempotency.abandoned-after:PT5M}") Duration abandonedAfter) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.abandonedAfter = abandonedAfter;
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
        String correlation = RequestContext.correlationId();
        jdbc.update("DELETE FROM idempotency_record WHERE principal = ? AND idempotency_key = ? "
                + "AND created_at < now() - interval '24 hours'", principal, key);
        int claimed = jdbc.update("""
                INSERT INTO idempotency_record (principal, idempotency_key, request_hash, created_at, completed,
                    correlation_id, log_position)
                VALUES (?, ?, ?, now(), false, ?, (SELECT COALESCE(max(globalindex), -1) FROM domainevententry))
                ON CONFLICT DO NOTHING""", principal, key, hash, correlation);
        if (claimed == 0) {
            Optional<StoredAnswer> stored = stored(principal, key);
            if (stored.isEmpty() || !stored.get().abandoned()) {
                answer(stored, hash, response);
                return;
            }
            Optional<String> recorded = recordedBy(stored.get(), principal);
            if (recorded.isPresent()) {
                problems.write(response, HttpStatus.CONFLICT, "Idempotency conflict",
                        "the request with this Idempotency-Key was recorded for " + recorded.get()
                                + ", but the registry stopped before it answered; read the record instead of sending"
                                + " it again", false);
                return;
            }
            if (!takeOverAbandonedClaim(principal, key, hash, correlation)) {
                // Another retry took it over a moment ago.
                answer(stored(principal, key), hash, response);
                return;
            }
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

    /**
     * What the request of an abandoned claim recorded, if anything: the aggregate of the first event after the claim's
     * log position with its correlation id and user.
     */
    private Optional<String> recordedBy(StoredAnswer abandoned, String principal) {
        return jdbc.queryForList("""
                SELECT aggregateidentifier FROM domainevententry
                WHERE globalindex > ?
                  AND registry_jsonb(metadata) ->> 'correlationId' = ?
                  AND registry_jsonb(metadata) ->> 'user' = ?
                ORDER BY globalindex LIMIT 1""", String.class,
                abandoned.logPosition(), abandoned.correlationId(), principal).stream().findFirst();
    }

    /** Takes an abandoned claim whose request recorded nothing over for this request; false if it is not abandoned. */
    private boolean takeOverAbandonedClaim(String principal, String key, String hash, String correlation) {
        return jdbc.update("""
                UPDATE idempotency_record SET request_hash = ?, created_at = now(), correlation_id = ?,
                    log_position = (SELECT COALESCE(max(globalindex), -1) FROM domainevententry)
                WHERE principal = ? AND idempotency_key = ? AND NOT completed AND log_position IS NOT NULL
                  AND created_at < now() - ? * interval '1 millisecond'""",
                hash, correlation, principal, key, abandonedAfter.toMillis()) == 1;
    }

    /**
     * The claim on the key, with its answer once stored. Abandoned: unfinished past {@code abandonedAfter}, with the
     * log position that tells what its request recorded (claims made before V51 have none and just expire).
     */
    private Optional<StoredAnswer> stored(String principal, String key) {
        return jdbc.query("""
                SELECT request_hash, completed, status, content_type, location, etag, body, correlation_id,
                       log_position,
                       NOT completed AND log_position IS NOT NULL
                           AND created_at < now() - ? * interval '1 millisecond'
                FROM idempotency_record WHERE principal = ? AND idempotency_key = ?""",
                (rs, n) -> new StoredAnswer(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getString(8), rs.getLong(9),
                        rs.getBoolean(10)),
                abandonedAfter.toMillis(), principal, key).stream().findFirst();
    }

    private void answer(Optional<StoredAnswer> stored, String hash, HttpServletResponse response)
            throws IOException {
        if (stored.isEmpty()) {
            problems.write(response, HttpStatus.CONFLICT, "Idempotency conflict",
                    "a request with this Idempotency-Key has just finished; send it again", false);
            return;
        }
        StoredAnswer answer = stored.get();
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
            String etag, byte[] body, String correlationId, long logPosition, boolean abandoned) {
    }
}
