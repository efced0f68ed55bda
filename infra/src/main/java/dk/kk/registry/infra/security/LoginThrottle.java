package dk.kk.registry.infra.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slows down password guessing, for every way of signing in (HTTP Basic on the API, the UI's login form): after a
 * few failed sign-ins with one username, or many from one client address, further attempts are refused unheard for
 * an interval that doubles with every further failure, up to a ceiling. A successful sign-in clears the username.
 * A login path asks {@link #refusal} before it checks a password and reports the outcome with {@link #failed} and
 * {@link #succeeded} (the API's filter chain does so through Spring Security's authentication events).
 * <p>
 * The counts live in this instance's memory: behind a load balancer each instance throttles on its own, which
 * still bounds an attacker to a few guesses per interval per instance.
 */
public final class LoginThrottle {

    private static final int MAX_ENTRIES = 50_000;

    private final Settings settings;
    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * After {@code freeFailures} failures with one username ({@code freeFailuresPerClient} from one client address)
     * the next attempt must wait {@code firstDelay}; each further failure doubles the wait, up to {@code maxDelay}.
     * Failures older than {@code maxDelay} are forgotten.
     */
    @ConfigurationProperties("registry.security.login-throttle")
    public record Settings(
            @DefaultValue("5") int freeFailures,
            @DefaultValue("50") int freeFailuresPerClient,
            @DefaultValue("PT1S") Duration firstDelay,
            @DefaultValue("PT15M") Duration maxDelay) {}

    private record Failures(int count, long lastFailure, long lockedUntil) {}

    public LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long the caller must wait before this username may try again from this client, if it must. */
    public Optional<Duration> refusal(String username, String client) {
        long now = clock.millis();
        long until = Math.max(lockedUntil(userKey(username), now), lockedUntil(clientKey(client), now));
        return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
    }

    public void failed(String username, String client) {
        long now = clock.millis();
        synchronized (failures) {
            count(userKey(username), settings.freeFailures(), now);
            count(clientKey(client), settings.freeFailuresPerClient(), now);
        }
    }

    public void succeeded(String username) {
        synchronized (failures) {
            failures.remove(userKey(username));
        }
    }

    private long lockedUntil(String key, long now) {
        if (key == null) {
            return 0;
        }
        synchronized (failures) {
            Failures entry = failures.get(key);
            return entry == null ? 0 : entry.lockedUntil();
        }
    }

    private void count(String key, int free, long now) {
        if (key == null) {
            return;
        }
        Failures previous = failures.get(key);
        int count = previous == null
                        || now - previous.lastFailure() > settings.maxDelay().toMillis()
                ? 1
                : previous.count() + 1;
        long lockedUntil = count >= free ? now + delay(count - free + 1).toMillis() : 0;
        failures.put(key, new Failures(count, now, lockedUntil));
    }

    private Duration delay(int beyondFree) {
        Duration delay = settings.firstDelay();
        for (int i = 1; i < beyondFree && delay.compareTo(settings.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private static String userKey(String username) {
        return username == null ? null : "user:" + username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String clientKey(String client) {
        return client == null ? null : "client:" + client;
    }
}
