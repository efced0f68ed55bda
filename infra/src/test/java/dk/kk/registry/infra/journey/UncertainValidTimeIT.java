package dk.kk.registry.infra.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.command.intervention.EvaluationGracePeriod;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An intervention's dates as its source states them ("at the latest 2018", "2020", "about 2019") answer "what ran in
 * 2019?" honestly: certainly, possibly, or not at all, and {@code certainty=CERTAIN} keeps only the first; an
 * evaluation falls due from the latest day the planned end allows, and an unknown end never makes one overdue.
 */
class UncertainValidTimeIT extends RegistryIT {

    private static final String YEAR_2019 = "activeFrom=2019-01-01&activeTo=2019-12-31";

    @Autowired
    private EvaluationGracePeriod grace;

    @Test
    void aSearchOverAYearSaysWhatCertainlyAndWhatPossiblyRanInIt() {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        String area = fixtures.area("stated-tingbjerg");
        String atTheLatest2018 = intervention(fixtures, "Boligsocial helhedsplan", area, "../2018", "2022");
        String in2020 = intervention(fixtures, "Aktive børn i forening", area, "2020", "2021");
        String about2019 = intervention(fixtures, "Gadeplansindsats", area, "2019~", null);

        Map<String, JsonNode> hits = hits(pm, "area=" + area + "&" + YEAR_2019);

        assertThat(hits.keySet())
                .as("sorted by the earliest possible start")
                .containsExactly(atTheLatest2018, about2019);
        assertThat(hits.get(atTheLatest2018).get("activeCertainty").asText()).isEqualTo("CERTAIN");
        assertThat(hits.get(about2019).get("activeCertainty").asText()).isEqualTo("POSSIBLE");
        assertThat(hits(pm, "area=" + area + "&" + YEAR_2019 + "&certainty=CERTAIN")
                        .keySet())
                .containsExactly(atTheLatest2018);
        assertThat(hits(pm, "area=" + area + "&activeFrom=2020-06-01&activeTo=2020-06-30")
                        .get(in2020)
                        .get("activeCertainty")
                        .asText())
                .as("it may have started in December")
                .isEqualTo("POSSIBLE");
        assertThat(hits(pm, "area=" + area + "&activeFrom=2020-01-01&activeTo=2020-12-31")
                        .get(in2020)
                        .get("activeCertainty")
                        .asText())
                .isEqualTo("CERTAIN");

        JsonNode hit = hits.get(atTheLatest2018);
        assertThat(hit.get("plannedStart").asText()).isEqualTo("../2018");
        assertThat(hit.get("plannedStartEarliest").isNull())
                .as("open towards the past")
                .isTrue();
        assertThat(hit.get("plannedStartLatest").asText()).isEqualTo("2018-12-31");
        JsonNode read = pm.get("/api/interventions/" + about2019).json();
        assertThat(read.get("plannedStart").asText()).isEqualTo("2019~");
        assertThat(read.get("plannedStartEarliest").asText()).isEqualTo("2019-01-01");
        assertThat(read.get("plannedEnd").isNull()).isTrue();
        assertThat(read.get("areas").get(0).get("effectiveFrom").asText()).isEqualTo("2019~");
    }

    @Test
    void anAreasTimelineListsEachYearsInterventionsWithTheirCertainty() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("stated-husum");
        String open = intervention(fixtures, "Tryghedspartnerskab", area, "../2018", "2022");
        String later = intervention(fixtures, "Fritidsjob", area, "2020~", "2021");

        JsonNode history =
                api().as("evaluator").get("/api/areas/" + area + "/history").json();
        Map<Integer, Map<String, String>> byYear = new LinkedHashMap<>();
        history.get("years").forEach(year -> {
            Map<String, String> running = new LinkedHashMap<>();
            year.get("interventions")
                    .forEach(i ->
                            running.put(i.get("id").asText(), i.get("certainty").asText()));
            byYear.put(year.get("year").asInt(), running);
        });
        assertThat(byYear.keySet()).as("from the first year a start allows").startsWith(2018);
        assertThat(byYear.get(2018))
                .as("it had certainly begun by the end of 2018")
                .containsEntry(open, "CERTAIN");
        assertThat(byYear.get(2020)).containsEntry(open, "CERTAIN").containsEntry(later, "POSSIBLE");
        assertThat(byYear.get(2021)).containsEntry(later, "POSSIBLE");
        assertThat(byYear).doesNotContainKey(2023);
    }

    @Test
    void theEvaluationFallsDueFromTheLatestPossiblePlannedEndAndNeverFromAnUnknownOne() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("stated-sydhavn");
        String ended2014 = intervention(fixtures, "IPS Sydhavn", area, "2011", "2014");
        String endsIn2016 = intervention(fixtures, "Den Korte Snor", area, "2012", "2016");
        String unknownEnd = intervention(fixtures, "Københavnerteamet", area, "2010", "unknown");

        Eventually.within(Duration.ofSeconds(30), ended2014 + " overdue", () -> overdue(ended2014));
        JsonNode overdue = historyEvent(ended2014, "EvaluationBecameOverdueEvent");
        assertThat(overdue.get("payload").get("plannedEnd").asText()).isEqualTo("2014");
        assertThat(Instant.parse(overdue.get("payload").get("dueAt").asText()))
                .isEqualTo(grace.dueAt(LocalDate.of(2014, 12, 31)));
        assertThat(deadlinesOf(endsIn2016))
                .as("due from 2016-12-31, not from 2016-01-01 (already past)")
                .containsExactly(grace.dueAt(LocalDate.of(2016, 12, 31)));
        assertThat(overdue(endsIn2016)).isFalse();
        assertThat(deadlinesOf(unknownEnd)).isEmpty();
        assertThat(overdue(unknownEnd)).isFalse();
    }

    @Test
    void aDateThatIsNoDateIsRefusedNamingTheField() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("stated-refusals");
        for (String hostile : List.of("2018-13", "2014/2011", "0000", "2".repeat(41), "2018\u0000")) {
            Map<String, Object> registration = fixtures.registration("Afvist", area);
            registration.put("plannedStart", hostile);
            Api.Response refused = api().as("pm.tmf").post("/api/interventions", registration);
            assertThat(refused.status()).as(hostile + ": " + refused).isEqualTo(400);
            assertThat(refused.text()).as(hostile).contains("plannedStart");
        }
        Api.Response unknownCertainty = api().as("pm.tmf").get("/api/interventions?" + YEAR_2019 + "&certainty=MAYBE");
        assertThat(unknownCertainty.status()).as(unknownCertainty.toString()).isEqualTo(400);
        assertThat(unknownCertainty.text()).contains("certainty");
    }

    private static String intervention(Fixtures fixtures, String title, String area, String start, String end) {
        Map<String, Object> registration = fixtures.registration(title, area);
        registration.put("plannedStart", start);
        registration.put("plannedEnd", end);
        return fixtures.intervention(registration);
    }

    private static Map<String, JsonNode> hits(Api api, String query) {
        Api.Response response = api.get("/api/interventions?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Map<String, JsonNode> hits = new LinkedHashMap<>();
        response.json().get("items").forEach(item -> hits.put(item.get("id").asText(), item));
        return hits;
    }

    private boolean overdue(String id) {
        return api().as("auditor")
                .get("/api/interventions/" + id)
                .json()
                .get("overdueEvaluation")
                .asBoolean();
    }

    private JsonNode historyEvent(String id, String type) {
        for (JsonNode entry : api().as("auditor")
                .get("/api/interventions/" + id + "/history")
                .json()
                .get("items")) {
            if (entry.get("type").asText().equals(type)) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " in the history of " + id);
    }

    private List<Instant> deadlinesOf(String id) {
        return new ArrayList<>(jdbc.query("""
                SELECT execution_time FROM scheduled_tasks
                WHERE position(convert_to(?, 'UTF8') IN task_data) > 0""", (rs, n) -> rs.getTimestamp(1).toInstant(), id));
    }
}
