package dk.kk.registry.infra.operations;

import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.command.intervention.EvaluationGracePeriod;
import dk.kk.registry.infra.RegistryApplication;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A deadline set before the registry stops fires after it starts again on the same data directory: deadlines live in
 * PostgreSQL, not in the JVM. The first start's grace period is chosen so that the intervention registered in it falls
 * due shortly after that registry has stopped.
 */
class OverdueAfterRestartIT {

    private static final Duration UNTIL_DUE = Duration.ofSeconds(90);

    @Test
    void aDeadlineSetBeforeARestartFiresAfterIt() throws Exception {
        Path data = Files.createTempDirectory("registry-overdue-restart-");
        LocalDate yesterday = LocalDate.now(EvaluationGracePeriod.COPENHAGEN).minusDays(1);
        Instant due = Instant.now().plus(UNTIL_DUE);
        Duration grace = Duration.between(
                yesterday
                        .plusDays(1)
                        .atStartOfDay(EvaluationGracePeriod.COPENHAGEN)
                        .toInstant(),
                due);
        String id;
        Instant stopped;
        try (ConfigurableApplicationContext first = start(data, grace)) {
            Api pm = Api.at(port(first)).as("pm.tmf");
            Api.Response registered = pm.post(
                    "/api/interventions",
                    with(
                            Bodies.registration("Lommepengejob Sydhavnen"),
                            "kind",
                            "INDIVIDUAL",
                            "category",
                            "CHILDREN_FAMILIES",
                            "plannedStart",
                            "2012-03-01",
                            "plannedEnd",
                            yesterday.toString()));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            id = registered.json().get("id").asText();
            assertThat(pm.get("/api/interventions/" + id)
                            .json()
                            .get("overdueEvaluation")
                            .asBoolean())
                    .isFalse();
            stopped = Instant.now();
            assertThat(stopped)
                    .as("the first registry stops before the deadline")
                    .isBefore(due);
        }
        try (ConfigurableApplicationContext second = start(data, Duration.ofDays(90))) {
            Api auditor = Api.at(port(second)).as("auditor");
            Eventually.within(
                    Duration.between(Instant.now(), due).plusSeconds(60),
                    "overdue after the restart",
                    () -> auditor.get("/api/interventions/" + id)
                            .json()
                            .get("overdueEvaluation")
                            .asBoolean());
            JsonNode recorded = null;
            for (JsonNode entry :
                    auditor.get("/api/interventions/" + id + "/history").json().get("items")) {
                if (entry.get("type").asText().equals("EvaluationBecameOverdueEvent")) {
                    recorded = entry;
                }
            }
            assertThat(recorded).isNotNull();
            assertThat(Instant.parse(recorded.get("recordedAt").asText())).isAfter(stopped);
            assertThat(Instant.parse(recorded.get("payload").get("dueAt").asText()))
                    .isBetween(due.minusSeconds(1), due.plusSeconds(1));
        }
    }

    private static ConfigurableApplicationContext start(Path data, Duration grace) {
        return new SpringApplicationBuilder(RegistryApplication.class)
                .run(
                        "--server.port=0",
                        "--registry.embedded.ephemeral=false",
                        "--registry.embedded.data-directory=" + data,
                        "--registry.evaluations.grace-period=" + grace,
                        "--registry.deadlines.polling-interval=PT1S");
    }

    private static String port(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
