package dk.kk.registry.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
        Clock[] clock = {Clock.fixed(start, ZoneOffset.UTC)};
        RememberingPasswordEncoder encoder =
                new RememberingPasswordEncoder(counting, Duration.ofMinutes(10), new Clock() {
                    @Override
                    public java.time.ZoneId getZone() {
                        return ZoneOffset.UTC;
                    }

                    @Override
                    public Clock withZone(java.time.ZoneId zone) {
                        return this;
                    }

                    @Override
                    public Instant instant() {
                        return clock[0].instant();
                    }
                });
        String hash = encoder.encode("demo");
        encoder.matches("demo", hash);
        clock[0] = Clock.fixed(start.plus(Duration.ofMinutes(11)), ZoneOffset.UTC);
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }
}
