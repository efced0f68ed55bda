package dk.kk.registry.infra.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code Idempotency-Key} on a write: the same user, key and request within 24 hours answers the first response
 * again and records nothing new; the same key with another request is a 409. Kept in PostgreSQL, so it holds across
 * instances; a failed request releases its key so that it can be retried.
 * <p>
 * A request cut off by a stopped instance leaves its claim unfinished. Past {@code registry.idempotency.abandoned-after}
 * (no request takes that long) a retry looks for what the claim's request recorded: the events after the log position
 * noted at the claim that carry its correlation id and user. If there are some, the retry is told which record they
 * belong to rather than recording it twice; if there are none, the retry takes the claim over and runs.
 * <p>
 * A form of the UI carries its key in the hidden field {@code idempotencyKey}, a fresh one each time the form is shown,
 * and is judged by its fields (the CSRF token aside). Its success is the redirect to what it recorded; anything else
 * (the form shown again with its errors) releases the key. A browser shows the answer to the last of the submits a
 * double click sends, so a duplicate that arrives while the first is still running waits for the first's answer, up to
 * {@code registry.idempotency.form-wait}, and answers that same redirect instead of a conflict.
 */
@Component
@Order(0)
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** The hidden field that carries the key on a form of the UI. */
    static final String FORM_FIELD = "idempotencyKey";

    private static final String CSRF_FIELD = "_csrf";
    private static final Duration POLL = Duration.ofMillis(50);
    private static final String FLASH_ATTRIBUTE = IdempotencyFilter.class.getName() + ".flash";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final JdbcTemplate jdbc;
    private final ProblemResponses problems;
    private final Duration abandonedAfter;
    private final Duration formWait;

    IdempotencyFilter(
            JdbcTemplate jdbc,
            ProblemResponses problems,
            @Value("${registry.idempotency.abandoned-after:PT5M}") Duration abandonedAfter,
            @Value("${registry.idempotency.form-wait:PT30S}") Duration formWait) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.abandonedAfter = abandonedAfter;
        this.formWait = formWait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || RequestBodyFilter.isStreamedBulk(request) || key(request) == null;
    }

    /** The key of a write: the API's header, or the hidden field of a UI form. */
    private static String key(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return request.getHeader(HEADER);
        }
        return RequestBodyFilter.isForm(request) ? request.getParameter(FORM_FIELD) : null;
    }

    private static boolean fromUi(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String key = key(request);
        boolean form = fromUi(request);
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            problems.write(
                    response,
                    ProblemResponses.invalid(
                            "Idempotency-Key must be 1 to 255 visible characters",
                            List.of(Map.of("field", HEADER, "message", "1 to 255 visible ASCII characters"))),
                    false);
            return;
        }
        String principal = user.getName();
        String hash = form ? formHash(request) : hash(request);
        String correlation = RequestContext.correlationId();
        jdbc.update(
                "DELETE FROM idempotency_record WHERE principal = ? AND idempotency_key = ? "
                        + "AND created_at < now() - interval '24 hours'",
                principal,
                key);
        long waitUntil = System.nanoTime() + (form ? formWait.toNanos() : 0);
        while (!claim(principal, key, hash, correlation)) {
            Optional<StoredAnswer> stored = stored(principal, key);
            if (form && stillComing(stored, hash) && System.nanoTime() < waitUntil && pause()) {
                continue;
            }
            if (stored.isEmpty() || !stored.get().abandoned()) {
                answer(stored, hash, form, key, request, response);
                return;
            }
            Optional<String> recorded = recordedBy(stored.get(), principal);
            if (recorded.isPresent()) {
                conflict(
                        response,
                        form,
                        "the request with this Idempotency-Key was recorded for " + recorded.get()
                                + ", but the registry stopped before it answered; read the record instead of sending it again");
                return;
            }
            if (takeOverAbandonedClaim(principal, key, hash, correlation)) {
                break;
            }
            // Another retry took it over a moment ago.
            answer(stored(principal, key), hash, form, key, request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, wrapper);
            int status = wrapper.getStatus();
            if (form ? status >= 300 && status < 400 : status >= 200 && status < 300) {
                jdbc.update(
                        """
                        UPDATE idempotency_record SET completed = true, status = ?, content_type = ?, location = ?,
                            etag = ?, body = ? WHERE principal = ? AND idempotency_key = ?""",
                        status,
                        wrapper.getContentType(),
                        wrapper.getHeader("Location"),
                        wrapper.getHeader("ETag"),
                        wrapper.getContentAsByteArray(),
                        principal,
                        key);
                stored = true;
                if (form) {
                    keepFlash(request, key);
                }
            }
        } finally {
            if (!stored) {
                jdbc.update(
                        "DELETE FROM idempotency_record WHERE principal = ? AND idempotency_key = ?", principal, key);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private boolean claim(String principal, String key, String hash, String correlation) {
        return jdbc.update("""
                INSERT INTO idempotency_record (principal, idempotency_key, request_hash, created_at, completed,
                    correlation_id, log_position)
                VALUES (?, ?, ?, now(), false, ?, (SELECT COALESCE(max(globalindex), -1) FROM domainevententry))
                ON CONFLICT DO NOTHING""", principal, key, hash, correlation) == 1;
    }

    /**
     * Whether the answer to a duplicate form is still to come: the first submit is running (its claim unfinished and
     * not abandoned), or it failed and released the key, which this one then claims.
     */
    private static boolean stillComing(Optional<StoredAnswer> stored, String hash) {
        return stored.isEmpty()
                || stored.get().hash().equals(hash)
                        && !stored.get().completed()
                        && !stored.get().abandoned();
    }

    private static boolean pause() {
        try {
            Thread.sleep(POLL.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A conflict: problem details for the API, the UI's error page for a form. */
    private void conflict(HttpServletResponse response, boolean form, String detail) throws IOException {
        if (form) {
            response.sendError(HttpStatus.CONFLICT.value(), detail);
        } else {
            problems.write(response, HttpStatus.CONFLICT, "Idempotency conflict", detail, false);
        }
    }

    /**
     * What the request of an abandoned claim recorded, if anything: the aggregate of the first event after the claim's
     * log position with its correlation id and user.
     */
    private Optional<String> recordedBy(StoredAnswer abandoned, String principal) {
        return jdbc
                .queryForList("""
                SELECT aggregateidentifier FROM domainevententry
                WHERE globalindex > ?
                  AND registry_jsonb(metadata) ->> 'correlationId' = ?
                  AND registry_jsonb(metadata) ->> 'user' = ?
                ORDER BY globalindex LIMIT 1""", String.class, abandoned.logPosition(), abandoned.correlationId(), principal)
                .stream()
                .findFirst();
    }

    /** Takes an abandoned claim whose request recorded nothing over for this request; false if it is not abandoned. */
    private boolean takeOverAbandonedClaim(String principal, String key, String hash, String correlation) {
        return jdbc.update("""
                UPDATE idempotency_record SET request_hash = ?, created_at = now(), correlation_id = ?,
                    log_position = (SELECT COALESCE(max(globalindex), -1) FROM domainevententry)
                WHERE principal = ? AND idempotency_key = ? AND NOT completed AND log_position IS NOT NULL
                  AND created_at < now() - ? * interval '1 millisecond'""", hash, correlation, principal, key, abandonedAfter.toMillis()) == 1;
    }

    /**
     * The claim on the key, with its answer once stored. Abandoned: unfinished past {@code abandonedAfter}, with the
     * log position that tells what its request recorded (claims made before V51 have none and just expire).
     */
    private Optional<StoredAnswer> stored(String principal, String key) {
        return jdbc
                .query(
                        """
                SELECT request_hash, completed, status, content_type, location, etag, body, correlation_id,
                       log_position,
                       NOT completed AND log_position IS NOT NULL
                           AND created_at < now() - ? * interval '1 millisecond'
                FROM idempotency_record WHERE principal = ? AND idempotency_key = ?""",
                        (rs, n) -> new StoredAnswer(
                                rs.getString(1),
                                rs.getBoolean(2),
                                rs.getInt(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getBytes(7),
                                rs.getString(8),
                                rs.getLong(9),
                                rs.getBoolean(10)),
                        abandonedAfter.toMillis(),
                        principal,
                        key)
                .stream()
                .findFirst();
    }

    private void answer(
            Optional<StoredAnswer> stored,
            String hash,
            boolean form,
            String key,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (stored.isEmpty()) {
            conflict(response, form, "a request with this Idempotency-Key has just finished; send it again");
            return;
        }
        StoredAnswer answer = stored.get();
        if (!answer.hash().equals(hash)) {
            conflict(response, form, "this Idempotency-Key was used for a different request");
            return;
        }
        if (!answer.completed()) {
            conflict(response, form, "a request with this Idempotency-Key is still in progress");
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
        if (form && answer.location() != null) {
            replayFlash(request, response, key, answer.location());
        }
        if (answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
    }

    /**
     * Keeps the message the form's success left for the page it leads to ("Indsatsen er registreret."), so that the
     * duplicate of a double click, whose redirect the browser follows after the first one's page has taken that
     * message, shows it too. Only the session's latest form is kept.
     */
    private static void keepFlash(HttpServletRequest request, String key) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        HttpSession session = request.getSession(false);
        if (session != null && flash != null && !flash.isEmpty()) {
            session.setAttribute(FLASH_ATTRIBUTE, new KeptFlash(key, new HashMap<>(flash)));
        }
    }

    private static void replayFlash(
            HttpServletRequest request, HttpServletResponse response, String key, String location) {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(FLASH_ATTRIBUTE) instanceof KeptFlash kept
                && kept.key().equals(key)) {
            FlashMap flash = new FlashMap();
            flash.putAll(kept.attributes());
            flash.setTargetRequestPath(
                    UriComponentsBuilder.fromUriString(location).build().getPath());
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
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

    /**
     * A form is judged by its fields as sent, in a stable order: the CSRF token is left out (it is the session's, and
     * masked afresh on every page) and so is the key itself.
     */
    private static String formHash(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String[]> field : new TreeMap<>(request.getParameterMap()).entrySet()) {
                if (field.getKey().equals(CSRF_FIELD) || field.getKey().equals(FORM_FIELD)) {
                    continue;
                }
                digest.update((byte) 0);
                digest.update(field.getKey().getBytes(StandardCharsets.UTF_8));
                for (String value : field.getValue()) {
                    digest.update((byte) 1);
                    digest.update(value.getBytes(StandardCharsets.UTF_8));
                }
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

    /** The flash message of the session's latest successful form, by its key. */
    private record KeptFlash(String key, HashMap<String, Object> attributes) implements Serializable {}

    private record StoredAnswer(
            String hash,
            boolean completed,
            int status,
            String contentType,
            String location,
            String etag,
            byte[] body,
            String correlationId,
            long logPosition,
            boolean abandoned) {}
}
