package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What an operator watches: the registry's gauges and Axon's timers at /actuator/prometheus, and the health. */
class OperatorMetricsIT extends RegistryIT {

    private static final List<String> PROCESSORS = List.of(
            "areas",
            "goals",
            "interventions",
            "measurements",
            "reference",
            "screenings",
            "development-plans",
            "audit-chain");

    @Test
    void theGaugesShowSaneFiguresAndTheLagSettlesAtZero() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("mjolnerparken");
        fixtures.intervention(fixtures.registration("Lektiecafé", area));

        Eventually.within(Duration.ofSeconds(30), "every processor's lag is 0", () -> {
            String text = scrape();
            return PROCESSORS.stream().allMatch(p -> value(text, "registry_processor_lag_events", "processor", p) == 0);
        });

        String text = scrape();
        for (String processor : PROCESSORS) {
            assertThat(value(text, "registry_processor_replay_progress_ratio", "processor", processor))
                    .as(processor)
                    .isEqualTo(1.0);
            assertThat(value(text, "registry_dead_letters", "processing_group", processor))
                    .as(processor)
                    .isZero();
        }
        assertThat(value(text, "registry_interventions_active", null, null)).isGreaterThanOrEqualTo(1);
        assertThat(value(text, "registry_evaluations_overdue", null, null)).isGreaterThanOrEqualTo(0);
        // Axon's message monitors (axon-micrometer, renamed by PrometheusNames): the command bus's timers and counters.
        assertThat(value(text, "axon_command_bus_handling_seconds_count", null, null))
                .isGreaterThanOrEqualTo(1);
        // Per processor, as a tag: Axon's timer and counters, and the registry's constant-memory capacity (busy share).
        for (String processor : PROCESSORS) {
            assertThat(value(text, "axon_processor_processed_total", "processor", processor))
                    .as(processor)
                    .isGreaterThanOrEqualTo(0);
            assertThat(value(text, "axon_processor_handling_seconds_count", "processor", processor))
                    .as(processor)
                    .isGreaterThanOrEqualTo(0);
            assertThat(value(text, "axon_processor_latency_seconds", "processor", processor))
                    .as(processor)
                    .isNotNaN();
            assertThat(value(text, "axon_processor_capacity", "processor", processor))
                    .as(processor)
                    .isBetween(0.0, 1.0);
        }
        assertThat(text).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count");
    }

    @Test
    void theWholeScrapeFollowsPrometheusNamingConventions() {
        trafficForEveryMeter();

        assertThat(PrometheusConventions.problems(scrape())).isEmpty();
    }

    @Test
    void promtoolFindsNothingToLintInTheWholeScrape() throws Exception {
        Assumptions.assumeTrue(
                PrometheusConventions.promtoolOnPath(),
                "promtool is not on the PATH (apt-get install prometheus): skipped, the Java check above stands in");
        trafficForEveryMeter();

        assertThat(PrometheusConventions.promtool(scrape())).isEmpty();
    }

    /** An area, a registration and an intervention: the command bus and the processors register their meters. */
    private void trafficForEveryMeter() {
        Fixtures fixtures = fixtures();
        fixtures.intervention(fixtures.registration("Lektiecafé", fixtures.area("mjolnerparken")));
    }

    @Test
    void healthIsUpWithTheDatabaseAndTheEventProcessors() {
        Api.Response response = api().as("admin").get("/actuator/health");
        JsonNode health = response.json();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        JsonNode processors = health.at("/components/eventProcessors");
        assertThat(processors.get("status").asText()).as(processors.toString()).isEqualTo("UP");
        for (String processor : PROCESSORS) {
            assertThat(processors.at("/details/" + processor + "/running").asBoolean())
                    .as(processor)
                    .isTrue();
        }
    }

    @Test
    void anOrchestratorFindsLivenessAndReadinessProbes() {
        Api.Response liveness = api().anonymous().get("/actuator/health/liveness");
        Api.Response readiness = api().anonymous().get("/actuator/health/readiness");
        JsonNode detailed = api().as("admin").get("/actuator/health/readiness").json();

        assertThat(liveness.status()).as(liveness.toString()).isEqualTo(200);
        assertThat(liveness.json().get("status").asText()).isEqualTo("UP");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        assertThat(readiness.json().has("components")).isFalse();
        assertThat(detailed.get("components").properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("readinessState", "db", "processorsCaughtUp");
        assertThat(api().as("admin")
                        .get("/actuator/health/liveness")
                        .json()
                        .get("components")
                        .properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactly("livenessState");
    }

    @Test
    void healthShowsNoDetailsAnonymously() {
        JsonNode health = api().anonymous().get("/actuator/health").json();

        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
    }

    @Test
    void theMetricsAreForAdministratorsOnly() {
        assertThat(api().anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api().as("auditor").get("/actuator/prometheus").status()).isEqualTo(403);
    }

    private String scrape() {
        Api.Response response = api().as("admin").get("/actuator/prometheus");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.text();
    }

    /** The sample of the metric (with the tag given, when one is given); fails when the text has none. */
    private static double value(String text, String metric, String tag, String tagValue) {
        Pattern line = Pattern.compile("(?m)^" + metric + "\\{([^}]*)\\} (\\S+)$");
        Matcher matcher = line.matcher(text);
        while (matcher.find()) {
            if (tag == null || matcher.group(1).contains(tag + "=\"" + tagValue + "\"")) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError("no " + metric + (tag == null ? "" : " " + tag + "=" + tagValue) + " in:\n"
                + text.lines()
                        .filter(l -> l.startsWith("registry_") || l.startsWith("axon_"))
                        .toList());
    }
}
