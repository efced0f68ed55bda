package dk.kk.registry.infra.journey;

import static dk.kk.registry.infra.support.Bodies.ABSENT;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.RegistryApplication;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What the registry acknowledged is still there after it is stopped and started again on the same data directory. */
class RestartIT {

    @Test
    void everythingIsStillThereAfterARestart() throws Exception {
        Path data = Files.createTempDirectory("registry-restart-");
        String id;
        try (ConfigurableApplicationContext first = start(data)) {
            Api pm = Api.at(port(first)).as("pm.tmf");
            Api.Response registered = pm.post(
                    "/api/interventions",
                    with(
                            Bodies.registration("Ungesamråd Amager"),
                            "kind",
                            "INDIVIDUAL",
                            "category",
                            "CHILDREN_FAMILIES",
                            "plannedStart",
                            "2012-03-01",
                            "plannedEnd",
                            ABSENT));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            id = registered.json().get("id").asText();
        }
        try (ConfigurableApplicationContext second = start(data)) {
            Api auditor = Api.at(port(second)).as("auditor");
            Api.Response read = auditor.get("/api/interventions/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("title").asText()).isEqualTo("Ungesamråd Amager");
            assertThat(auditor.get("/api/administrations").json().get("total").asInt())
                    .isEqualTo(7);
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(RegistryApplication.class)
                .run(
                        "--server.port=0",
                        "--registry.embedded.ephemeral=false",
                        "--registry.embedded.data-directory=" + data);
    }

    private static String port(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
