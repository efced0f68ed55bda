package dk.kk.registry.infra.journey;

import static dk.kk.registry.infra.support.Bodies.evaluation;
import static dk.kk.registry.infra.support.Bodies.funding;
import static dk.kk.registry.infra.support.Bodies.grant;
import static dk.kk.registry.infra.support.Bodies.with;
import static dk.kk.registry.infra.support.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Eventually;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole life of an intervention through the API, as the users do it: a project manager registers and
 * funds it, an evaluator evaluates it, the project manager embeds it in core operations; the search finds it and its
 * history says who did what and why.
 */
class InterventionLifeIT extends RegistryIT {

    @Test
    void aProjectManagerRecordsAnInterventionsWholeLife() {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        String amager = fixtures.area("amager");
        String valby = fixtures.area("valby");
        String police = fixtures.organisation("Københavns Politi, station " + UUID.randomUUID(), "POLICE");
        String fund = fixtures.organisation("Landsbyggefonden " + UUID.randomUUID(), "NATIONAL_BUILDING_FUND");
        String vive = fixtures.organisation("VIVE " + UUID.randomUUID(), "RESEARCH");

        Map<String, Object> registration =
                fixtures.registration("Tryghedspartnerskaber på Amager og i Valby", amager, valby);
        registration.put("reason", "ny indsats efter politikkens revision");
        Api.Response registered = pm.post("/api/interventions", registration);
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().get("id").asText();
        assertThat(registered.header("Location")).isEqualTo("/api/interventions/" + id);
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");

        assertThat(pm.post(
                                "/api/interventions/" + id + "/partners",
                                Map.of("organisationId", police, "role", "CO_LEAD", "effectiveFrom", "2019-01-01"))
                        .status())
                .isEqualTo(200);
        Api.Response first = pm.post(
                "/api/interventions/" + id + "/funding",
                grant("MUNICIPAL_BASE_BUDGET", "1250000.00", List.of(2019, 2021), "BR 2018-123"));
        assertThat(first.status()).isEqualTo(201);
        Api.Response second = pm.post(
                "/api/interventions/" + id + "/funding",
                funding(fund, "NATIONAL_BUILDING_FUND", "800000.50", List.of(2020, 2023)));
        assertThat(second.status()).isEqualTo(201);
        String firstLine = first.json().get("fundingId").asText();
        Api.Response adjusted = pm.post(
                "/api/interventions/" + id + "/funding/" + firstLine + "/adjustments",
                Map.of("amount", money("1100000.00"), "reason", "budgetforlig 2020"));
        assertThat(adjusted.status()).isEqualTo(200);
        assertThat(adjusted.json().get("version").asLong()).isEqualTo(4);

        Api.Response evaluated = api().as("evaluator")
                .post(
                        "/api/interventions/" + id + "/evaluations",
                        with(
                                evaluation("2019-01-01", "2021-12-31", "QUASI_EXPERIMENTAL", vive, "POSITIVE"),
                                "evidenceLevel",
                                3,
                                "summary",
                                "Trygheden steg mere end i resten af byen"));
        assertThat(evaluated.status()).isEqualTo(201);

        Api.Response embedded = pm.header("If-Match", "\"5\"")
                .post(
                        "/api/interventions/" + id + "/decisions",
                        Map.of(
                                "decision",
                                "EMBED_IN_CORE_OPERATIONS",
                                "effectiveFrom",
                                "2024-01-01",
                                "administration",
                                "TMF",
                                "reason",
                                "positiv evaluering; overført til basisbudget"));
        assertThat(embedded.status()).isEqualTo(200);
        assertThat(embedded.header("ETag")).isEqualTo("\"6\"");

        JsonNode view = pm.get("/api/interventions/" + id).json();
        assertThat(view.get("stage").asText()).isEqualTo("EMBEDDED");
        assertThat(view.get("endedOn").asText()).isEqualTo("2024-01-01");
        assertThat(view.get("committedTotal").get("amount").asText()).isEqualTo("1900000.50");
        assertThat(view.get("funding").get(0).get("amount").get("amount").asText())
                .isEqualTo("1100000.00");
        assertThat(view.get("funding").get(0).get("grantedAmount").get("amount").asText())
                .isEqualTo("1250000.00");
        assertThat(view.get("funding")
                        .get(0)
                        .get("adjustments")
                        .get(0)
                        .get("reason")
                        .asText())
                .isEqualTo("budgetforlig 2020");
        assertThat(view.get("partners").get(0).get("organisationId").asText()).isEqualTo(police);
        assertThat(view.get("evaluations").get(0).get("evidenceLevel").asInt()).isEqualTo(3);
        assertThat(view.get("overdueEvaluation").asBoolean()).isFalse();

        assertThat(ids(pm.get("/api/interventions?area=" + amager))).containsExactly(id);
        assertThat(ids(pm.get("/api/interventions?category=SAFETY_PARTNERSHIP&area=" + valby)))
                .containsExactly(id);
        assertThat(ids(pm.get("/api/interventions?q=tryghedspartnerskab&area=" + valby)))
                .containsExactly(id);
        assertThat(ids(pm.get("/api/interventions?partner=" + police))).containsExactly(id);
        assertThat(ids(pm.get("/api/interventions?fundingSource=" + fund))).containsExactly(id);
        assertThat(ids(pm.get("/api/interventions?area=" + amager + "&activeFrom=2025-01-01")))
                .isEmpty();
        assertThat(ids(pm.get("/api/interventions?area=" + amager + "&activeFrom=2020-01-01&activeTo=2020-12-31")))
                .containsExactly(id);

        JsonNode history = api().as("auditor")
                .get("/api/interventions/" + id + "/history")
                .json()
                .get("items");
        List<String> lines = new ArrayList<>();
        history.forEach(entry -> lines.add(
                entry.get("type").asText() + " by " + entry.get("recordedBy").asText()
                        + (entry.get("reason").isNull()
                                ? ""
                                : " because " + entry.get("reason").asText())));
        assertThat(lines)
                .containsExactly(
                        "InterventionRegisteredEvent by pm.tmf because ny indsats efter politikkens revision",
                        "PartnerJoinedEvent by pm.tmf",
                        "FundingGrantedEvent by pm.tmf",
                        "FundingGrantedEvent by pm.tmf",
                        "FundingAdjustedEvent by pm.tmf because budgetforlig 2020",
                        "EvaluationRecordedEvent by evaluator",
                        "InterventionEmbeddedEvent by pm.tmf because positiv evaluering; "
                                + "overført til basisbudget");
        assertThat(history.get(0).get("administration").asText()).isEqualTo("TMF");
        assertThat(history.get(0).get("source").asText()).isEqualTo("api");
        assertThat(history.get(0).get("effectiveDate").asText()).isEqualTo("2019-01-01");
        assertThat(history.get(2).get("payload").get("amount").get("amount").asText())
                .isEqualTo("1250000.00");

        Api.Response foreign = api().as("pm.sof")
                .post("/api/interventions/" + id + "/funding/" + firstLine + "/withdrawal", Map.of("reason", "forsøg"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(pm.get("/api/interventions/" + id).json().get("version").asLong())
                .isEqualTo(6);
    }

    @Test
    void anInterventionTerminatedWithoutEvaluationIsFlagged() {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        String id = fixtures.intervention(fixtures.registration("Hotspot", fixtures.area("norrebro")));
        assertThat(pm.post(
                                "/api/interventions/" + id + "/decisions",
                                Map.of(
                                        "decision",
                                        "TERMINATE",
                                        "effectiveFrom",
                                        "2022-06-30",
                                        "reason",
                                        "projektperioden udløb"))
                        .status())
                .isEqualTo(200);
        JsonNode view = pm.get("/api/interventions/" + id).json();
        assertThat(view.get("stage").asText()).isEqualTo("TERMINATED");
        assertThat(view.get("endedWithoutEvaluation").asBoolean()).isTrue();
    }

    @Test
    void anInterventionPastItsPlannedEndWithoutEvaluationIsOverdue() {
        Fixtures fixtures = fixtures();
        Map<String, Object> registration = fixtures.registration("Green Teams", fixtures.area("husum"));
        registration.put("plannedStart", "2012-01-01");
        registration.put("plannedEnd", "2014-12-31");
        String id = fixtures.intervention(registration);
        Api pm = api().as("pm.tmf");
        // the registry records it by itself, from a deadline at the planned end plus grace (OverdueEvaluationIT)
        Eventually.within(java.time.Duration.ofSeconds(30), "overdue", () -> pm.get("/api/interventions/" + id)
                .json()
                .get("overdueEvaluation")
                .asBoolean());
        assertThat(pm.get("/api/interventions/" + id + "?asOf=2014-06-01T00:00:00Z")
                        .status())
                .isEqualTo(404);
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
