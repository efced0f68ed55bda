package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Password guessing over HTTP Basic is slowed down: after five failures with one username the next attempts are
 * refused with 429 and Retry-After, without the password being checked, and a success clears the count.
 */
class LoginThrottleIT extends RegistryIT {

    private static final int FREE_FAILURES = 5;

    @Test
    void afterFiveFailedSignInsTheUsernameIsRefusedForAWhile() {
        String guessed = "guessed-" + UUID.randomUUID();
        for (int i = 0; i < FREE_FAILURES; i++) {
            assertProblem(as(guessed, "guess-" + i).get("/api/interventions"), 401);
        }

        Api.Response refused = as(guessed, "guess-x").get("/api/interventions");

        assertProblem(refused, 429);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertProblem(as(guessed, "guess-y").get("/api/interventions"), 429);
    }

    @Test
    void whileLockedEvenTheRightPasswordWaitsAndASuccessAfterwardsStartsTheCountAgain() throws Exception {
        for (int i = 0; i < FREE_FAILURES; i++) {
            assertProblem(as("auditor", "wrong-" + i).get("/api/administrations"), 401);
        }
        Api.Response locked = as("auditor", "demo").get("/api/administrations");
        assertProblem(locked, 429);

        Thread.sleep(Long.parseLong(locked.header("Retry-After")) * 1000 + 200);
        assertThat(as("auditor", "demo").get("/api/administrations").status()).isEqualTo(200);

        for (int i = 0; i < FREE_FAILURES; i++) {
            assertProblem(as("auditor", "wrong-" + i).get("/api/administrations"), 401);
        }
        assertProblem(as("auditor", "demo").get("/api/administrations"), 429);
        Thread.sleep(1200);
        assertThat(as("auditor", "demo").get("/api/administrations").status()).isEqualTo(200);
    }

    private Api as(String user, String password) {
        return api().anonymous()
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
}
