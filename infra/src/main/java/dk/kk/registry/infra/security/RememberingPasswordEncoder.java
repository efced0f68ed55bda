package dk.kk.registry.infra.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Bcrypt for every stored password, but a password verified a moment ago is not verified again: HTTP Basic sends it
 * with every request, and bcrypt's deliberate cost (about 80 ms here) would otherwise bound the whole API to a few
 * dozen requests per second. Only successes are remembered (as a SHA-256 of hash and password, for a few minutes,
 * a bounded number); a wrong password always pays the full cost.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Long> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RememberingPasswordEncoder(PasswordEncoder delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String key = digest(encodedPassword, rawPassword);
        long now = clock.millis();
        synchronized (verified) {
            Long until = verified.get(key);
            if (until != null && until > now) {
                return true;
            }
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(key, now + ttl.toMillis());
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String digest(String encoded, CharSequence raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(encoded.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
