package dk.kk.registry.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** {@code hash-password} without a terminal: the password is standard input's first line. */
class HashPasswordTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsABcryptHashOfThePasswordThatRegistryUsersAccepts() {
        int status = run("Kødby-Hjørnet 12\n");

        assertThat(status).as(text(err)).isEqualTo(HashPassword.OK);
        String hash = text(out).strip();
        assertThat(hash).matches("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");
        assertThat(new BCryptPasswordEncoder().matches("Kødby-Hjørnet 12", hash))
                .isTrue();
        assertThat(text(err)).doesNotContain("Kødby");
    }

    @Test
    void refusesNoPasswordAnEmptyOneAndOneLongerThanBcryptReads() {
        assertThat(run("")).isEqualTo(HashPassword.FAILED);
        assertThat(run("\n")).isEqualTo(HashPassword.FAILED);
        assertThat(run("æ".repeat(37) + "\n")).isEqualTo(HashPassword.FAILED);
        assertThat(text(out)).isEmpty();
    }

    @Test
    void isTheCommandLinesHashPasswordOnly() {
        assertThat(HashPassword.requested("hash-password")).isTrue();
        assertThat(HashPassword.requested("verify")).isFalse();
        assertThat(HashPassword.requested()).isFalse();
    }

    private int run(String input) {
        return HashPassword.run(
                null,
                new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
