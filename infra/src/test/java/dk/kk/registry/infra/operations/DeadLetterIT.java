package dk.kk.registry.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A poison event: the interventions projection fails on it (a database trigger, standing in for a bug, refuses the
 * row), so its sequence is parked in the dead-letter queue while every other intervention keeps flowing; an
 * administrator lists the letter, retries it once the cause is gone, or evicts it.
 */
class DeadLetterIT extends RegistryIT {

    private static final String POISON = "GIFTIG-";

    @BeforeEach
    void poisonTheProjection() {
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION test_refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.title LIKE 'GIFTIG-%' THEN
                        RAISE EXCEPTION 'poison title %', NEW.title;
                    END IF;
                    RETURN NEW;
                END $$""");
        jdbc.execute("DROP TRIGGER IF EXISTS test_refuse_poison ON intervention_version");
        jdbc.execute("""
                CREATE TRIGGER test_refuse_poison BEFORE INSERT ON intervention_version
                FOR EACH ROW EXECUTE FUNCTION test_refuse_poison()""");
    }

    @AfterEach
    void cureTheProjection() {
        jdbc.execute("DROP TRIGGER IF EXISTS test_refuse_poison ON intervention_version");
    }

    @Test
    void aPoisonEventParksItsSequenceOthersFlowAndARetryAfterTheFixHandlesIt() {
        Api pm = api().as("pm.tmf");
        Api admin = api().as("admin");
        String area = fixtures().area("dlq");
        String poisoned = register(POISON + UUID.randomUUID(), area);
        String healthy = register("Sund indsats", area);

        Api.Response spent = pm.post(
                "/api/interventions/" + poisoned + "/expenditures",
                Map.of("year", 2020, "amount", Fixtures.money("1000.00")));
        assertThat(spent.status())
                .as("a later event of the parked sequence is recorded")
                .isEqualTo(201);
        assertThat(pm.post(
                                "/api/interventions/" + healthy + "/expenditures",
                                Map.of("year", 2020, "amount", Fixtures.money("2000.00")))
                        .status())
                .isEqualTo(201);

        assertThat(pm.get("/api/interventions/" + healthy).json().get("expenditures"))
                .hasSize(1);
        assertThat(pm.get("/api/interventions/" + poisoned).status()).isEqualTo(404);
        List<JsonNode> letters = lettersOf(poisoned);
        assertThat(letters).as("both events of the poisoned sequence, in order").hasSize(2);
        assertThat(letters.get(0).get("eventType").asText()).isEqualTo("InterventionRegisteredEvent");
        assertThat(letters.get(1).get("eventType").asText()).isEqualTo("ExpenditureRecordedEvent");
        assertThat(letters.get(0).get("processingGroup").asText()).isEqualTo("interventions");
        assertThat(letters.get(0).get("causeMessage").asText()).contains("poison title");
        String first = letters.get(0).get("id").asText();
        assertThat(admin.get("/api/admin/dead-letters/" + first)
                        .json()
                        .get("aggregateId")
                        .asText())
                .isEqualTo(poisoned);
        gaugeFollowsTheQueue();

        Api.Response stillFailing = admin.post("/api/admin/dead-letters/" + first + "/retry", Map.of());
        assertThat(stillFailing.status()).as(stillFailing.toString()).isEqualTo(200);
        assertThat(stillFailing.json().get("resolved").asBoolean()).isFalse();
        assertThat(lettersOf(poisoned)).hasSize(2);

        cureTheProjection();
        Api.Response retried = admin.post("/api/admin/dead-letters/" + first + "/retry", Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("resolved").asBoolean()).isTrue();
        assertThat(retried.json().get("remainingInSequence").asLong()).isZero();
        assertThat(lettersOf(poisoned)).isEmpty();
        JsonNode view = pm.get("/api/interventions/" + poisoned).json();
        assertThat(view.get("title").asText()).startsWith(POISON);
        assertThat(view.get("expenditures")).hasSize(1);
        gaugeFollowsTheQueue();
    }

    @Test
    void anEvictedLetterIsGoneForGood() {
        Api admin = api().as("admin");
        String poisoned = register(POISON + UUID.randomUUID(), fixtures().area("dlq"));
        String id = lettersOf(poisoned).get(0).get("id").asText();

        assertThat(admin.delete("/api/admin/dead-letters/" + id).status())
                .as("a reason is required")
                .isEqualTo(400);
        assertThat(api().as("auditor")
                        .delete("/api/admin/dead-letters/" + id + "?reason=x")
                        .status())
                .isEqualTo(403);
        assertThat(api().as("pm.tmf").get("/api/admin/dead-letters").status()).isEqualTo(403);
        Api.Response evicted = admin.delete("/api/admin/dead-letters/" + id + "?reason=test%20data");
        assertThat(evicted.status()).as(evicted.toString()).isEqualTo(204);

        assertThat(lettersOf(poisoned)).isEmpty();
        assertThat(admin.get("/api/admin/dead-letters/" + id).status()).isEqualTo(404);
        assertThat(admin.post("/api/admin/dead-letters/" + id + "/retry", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api().as("pm.tmf").get("/api/interventions/" + poisoned).status())
                .isEqualTo(404);
        gaugeFollowsTheQueue();

        // The runbook's last step: with the cause gone, a rebuild brings the evicted event back into the read model
        // (and leaves the live tables equal to a rebuild for the tests after this one).
        cureTheProjection();
        Api.Response rebuild = admin.post("/api/admin/projections/interventions/rebuild", Map.of());
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        Eventually.within(
                Duration.ofSeconds(180),
                "the rebuild shows the evicted intervention",
                () -> api().as("pm.tmf").get("/api/interventions/" + poisoned).status() == 200
                        && !api().as("admin")
                                .get("/api/admin/projections")
                                .text()
                                .contains("\"replaying\":true"));
    }

    private String register(String title, String area) {
        return fixtures().intervention(fixtures().registration(title, area));
    }

    private List<JsonNode> lettersOf(String aggregateId) {
        JsonNode page = api().as("admin")
                .get("/api/admin/dead-letters?processingGroup=interventions&size=500")
                .json();
        List<JsonNode> letters = new ArrayList<>();
        page.get("items").forEach(letter -> {
            if (aggregateId.equals(letter.get("aggregateId").asText())) {
                letters.add(letter);
            }
        });
        return letters;
    }

    /** registry_dead_letters{processing_group="interventions"} says what the queue holds (after its 5 s cache). */
    private void gaugeFollowsTheQueue() {
        long parked = api().as("admin")
                .get("/api/admin/dead-letters?processingGroup=interventions")
                .json()
                .get("total")
                .asLong();
        Eventually.within(Duration.ofSeconds(15), "the dead-letter gauge shows " + parked, () -> gauge() == parked);
    }

    private double gauge() {
        String text = api().as("admin").get("/actuator/prometheus").text();
        Matcher matcher = Pattern.compile(
                        "(?m)^registry_dead_letters\\{[^}]*processing_group=\"interventions\"[^}]*\\} (\\S+)$")
                .matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }
}
