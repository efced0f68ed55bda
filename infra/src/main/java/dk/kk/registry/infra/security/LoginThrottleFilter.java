package dk.kk.registry.infra.security;

import dk.kk.registry.infra.http.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a sign-in attempt that {@link LoginThrottle} refuses with 429 and {@code Retry-After}, before any password
 * is checked. Which username an attempt names depends on the login path: {@link #basic} reads the HTTP Basic header;
 * a login form passes its own reader (and should apply the filter to the form's POST only).
 */
public final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemResponses problems;
    private final Function<HttpServletRequest, String> username;

    public LoginThrottleFilter(
            LoginThrottle throttle, ProblemResponses problems, Function<HttpServletRequest, String> username) {
        this.throttle = throttle;
        this.problems = problems;
        this.username = username;
    }

    public static LoginThrottleFilter basic(LoginThrottle throttle, ProblemResponses problems) {
        return new LoginThrottleFilter(throttle, problems, LoginThrottleFilter::basicUsername);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = username.apply(request);
        Optional<Duration> wait = name == null ? Optional.empty() : throttle.refusal(name, request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins",
                    "too many failed sign-ins; try again in " + seconds + " s",
                    false);
            return;
        }
        chain.doFilter(request, response);
    }

    static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
