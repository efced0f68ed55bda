package dk.kk.registry.infra.screening;

import static dk.kk.registry.infra.support.Bodies.indicator;
import static dk.kk.registry.infra.support.Bodies.policy;
import static dk.kk.registry.infra.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A policy's rule run over a year's measurements proposes areas; a confirmed proposal becomes a designation. */
class ScreeningIT extends RegistryIT {

    @Test
    void aScreeningProposesAreasAndAConfirmedProposalBecomesADesignation() {
        Api admin = api().as("admin");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String policy = "policy-screen-" + suffix;
        String income = "low-income-" + suffix;
        String turnout = "turnout-" + suffix;
        assertThat(admin.post(
                                "/api/policies",
                                with(
                                        policy(policy, "Politik til screeningstest", "2025-01-01"),
                                        "criteria",
                                        List.of("Lav indkomst", "Lav valgdeltagelse")))
                        .status())
                .isEqualTo(201);
        for (String indicator : List.of(income, turnout)) {
            assertThat(admin.post("/api/indicators", indicator(indicator, indicator, "LOWER_IS_BETTER", "SØK"))
                            .status())
                    .isEqualTo(201);
        }
        String high = fixtures().area("screen-high");
        String low = fixtures().area("screen-low");
        String medium = fixtures().area("screen-mid");
        Api.Response recorded = api().as("evaluator")
                .post(
                        "/api/measurements",
                        List.of(
                                measurement(income, high, "12.0"),
                                measurement(turnout, high, "33.27"),
                                measurement(income, medium, "11.0"),
                                measurement(turnout, medium, "38.0"),
                                measurement(income, low, "6.0"),
                                measurement(turnout, low, "58.0"),
                                measurement(income, "rest-of-copenhagen", "5.0")));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

        Api.Response noRule =
                admin.post("/api/screenings", Map.of("policy", policy, "year", 2024, "areas", List.of(high)));
        assertThat(noRule.status()).isEqualTo(422);
        assertThat(noRule.json().get("rule").asText()).isEqualTo("ScreeningsNeedARule");

        Api.Response rule = admin.post(
                "/api/policies/" + policy + "/screening-rule",
                Map.of(
                        "minimumMet",
                        2,
                        "criteria",
                        List.of(
                                Map.of(
                                        "name",
                                        "Lav indkomst",
                                        "indicator",
                                        income,
                                        "relativeTo",
                                        "rest-of-copenhagen",
                                        "comparison",
                                        "ABOVE",
                                        "threshold",
                                        "2"),
                                Map.of(
                                        "name",
                                        "Lav valgdeltagelse",
                                        "indicator",
                                        turnout,
                                        "comparison",
                                        "BELOW",
                                        "threshold",
                                        "40")),
                        "reason",
                        "tærskler fastsat af forvaltningen til test"));
        assertThat(rule.status()).as(rule.toString()).isEqualTo(200);

        Api.Response run = admin.post(
                "/api/screenings",
                Map.of(
                        "policy",
                        policy,
                        "year",
                        2024,
                        "areas",
                        List.of(high, medium, low),
                        "reason",
                        "årlig screening"));
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        JsonNode screening = run.json();
        String screeningId = screening.get("id").asText();
        assertThat(screening.get("inputs")).hasSize(6);
        assertThat(proposed(screening)).containsExactlyInAnyOrder(high, medium);

        Api.Response confirmed = admin.post(
                "/api/screenings/" + screeningId + "/proposals/" + high + "/confirmation",
                Map.of(
                        "list",
                        "MUNICIPAL_VULNERABLE",
                        "effectiveFrom",
                        "2025-01-01",
                        "reason",
                        "bekræftet af udvalget"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        Api.Response rejected = admin.post(
                "/api/screenings/" + screeningId + "/proposals/" + medium + "/rejection",
                Map.of("reason", "ligger tæt på tærsklen; følges"));
        assertThat(rejected.status()).isEqualTo(200);
        Api.Response again = admin.post(
                "/api/screenings/" + screeningId + "/proposals/" + high + "/rejection", Map.of("reason", "fortrudt"));
        assertThat(again.status()).isEqualTo(422);

        JsonNode designation = admin.get("/api/areas/" + high + "/history")
                .json()
                .get("designations")
                .get(0);
        assertThat(designation.get("screeningId").asText()).isEqualTo(screeningId);
        assertThat(designation.get("policy").asText()).isEqualTo(policy);
        assertThat(designation.get("criteria")).hasSize(2);
        JsonNode after = admin.get("/api/screenings/" + screeningId).json();
        assertThat(after.get("proposals").findValuesAsText("status"))
                .containsExactlyInAnyOrder("CONFIRMED", "REJECTED");
        assertThat(admin.get("/api/areas/" + medium + "/history").json().get("designations"))
                .isEmpty();
    }

    private static Map<String, Object> measurement(String indicator, String area, String value) {
        return Bodies.measurement(indicator, area, 2024, new java.math.BigDecimal(value));
    }

    private static List<String> proposed(JsonNode screening) {
        return screening.get("proposals").findValuesAsText("area");
    }
}
