package dk.kk.registry.infra.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.demo.DemoGoals;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo history's two Social Services goals: recorded once at start, each fact as an import citing the seed. */
class DemoGoalsIT extends RegistryIT {

    @Autowired
    DemoGoals demoGoals;

    @Test
    void theSeedsGoalsAreRecordedOnceAndMetOnTheBoard() {
        // The embedded default loads the demo history at start; loading again must add nothing.
        assertThat(demoGoals.record()).isZero();
        for (String goal : List.of(DemoGoals.EVICTION_GOAL, DemoGoals.MINORS_GOAL)) {
            List<Map<String, Object>> metadata = jdbc.queryForList("""
                    SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'source' AS source,
                           convert_from(metadata, 'UTF8')::jsonb ->> 'reason' AS reason
                    FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""", goal);
            assertThat(metadata).hasSize(4);
            assertThat(metadata).allSatisfy(row -> {
                assertThat(row.get("source")).isEqualTo("import");
                assertThat((String) row.get("reason"))
                        .startsWith("Status på Socialforvaltningens mål i Politik for udsatte byområder 2024: ");
            });
        }

        Map<String, JsonNode> board = boardOnceProjected();
        JsonNode evictions = board.get(DemoGoals.EVICTION_GOAL);
        assertThat(evictions.get("attainment").asText()).isEqualTo("MET");
        assertThat(evictions.get("measuredValue").asText()).isEqualTo("-0.5714");
        assertThat(evictions.get("dataQualityNote").asText()).contains("110 sager");
        assertThat(evictions.get("explanation").asText())
                .startsWith("Baseline 1.4 (2017) → status 0.6 (2024) = " + "-57.1 % against a target of -25 % by 2025");
        JsonNode minors = board.get(DemoGoals.MINORS_GOAL);
        assertThat(minors.get("attainment").asText()).isEqualTo("MET");
        assertThat(minors.get("explanation").asText()).startsWith("Baseline 56 (2016) → status 42 (2023) = -25 %");
    }

    /** The demo writes through the command gateway without waiting for the read models. */
    private Map<String, JsonNode> boardOnceProjected() {
        Map<String, JsonNode> rows = new HashMap<>();
        Eventually.within(Duration.ofSeconds(20), "two of SOF's 2017 goals met on the board", () -> {
            rows.clear();
            Api.Response response = api().as("auditor").get("/api/goals/board?policy=policy-2017&owner=SOF");
            response.json()
                    .get("items")
                    .forEach(row -> rows.put(row.get("goalId").asText(), row));
            return rows.values().stream()
                            .filter(row -> row.get("attainment").asText().equals("MET"))
                            .count()
                    == 2;
        });
        return rows;
    }
}
