package dk.kk.registry.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberingPasswordEncoderTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };

    @Test
    void aVerifiedPasswordIsNotVerifiedAgainWithinTheTimeToLive() {
        RememberingPasswordEncoder encoder =
                new RememberingPasswordEncoder(counting, Duration.ofMinutes(10), Clock.systemUTC());
        String hash = encoder.encode("demo");
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordAlwaysPaysTheFullCost() {
        RememberingPasswordEncoder encoder =
                new RememberingPasswordEncoder(counting, Duration.ofMinutes(10), Clock.systemUTC());
        String hash = encoder.encode("demo");
        assertThat(encoder.matches("guess", hash)).isFalse();
        assertThat(encoder.matches("guess", hash)).isFalse();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aRememberedVerificationExpires() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        MovableClock clock = new MovableClock(start);
        RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counting, Duration.ofMinutes(10), clock);
        String hash = encoder.encode("demo");
        encoder.matches("demo", hash);
        clock.advance(Duration.ofMinutes(11));
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }
}
