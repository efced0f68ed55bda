package dk.kk.registry.infra.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Overlaps: same area, same category, a shared target group and overlapping valid time; nothing else. */
class OverlapIT extends RegistryIT {

    @Test
    void pairsSharingAreaCategoryAndTargetGroupInOverlappingPeriods() throws InterruptedException {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("overlap");
        String youth = register(
                fixtures,
                "A Ungeindsats",
                area,
                "CRIME_PREVENTION",
                List.of("YOUTH", "CHILDREN"),
                "2019-01-01",
                "2023-12-31");
        String later = register(
                fixtures,
                "B Gadeplan",
                area,
                "CRIME_PREVENTION",
                List.of("YOUTH", "ADULTS"),
                "2021-06-01",
                "2025-12-31");
        register(fixtures, "C Seniorer", area, "CRIME_PREVENTION", List.of("SENIORS"), "2019-01-01", "2025-12-31");
        register(
                fixtures, "D Anden kategori", area, "EDUCATION_GUIDANCE", List.of("YOUTH"), "2019-01-01", "2025-12-31");
        Thread.sleep(20);
        Instant beforeLast = Instant.now();
        Thread.sleep(20);
        String last = register(
                fixtures, "E Efterfølger", area, "CRIME_PREVENTION", List.of("YOUTH"), "2024-01-01", "2025-12-31");

        JsonNode page = read("/api/overlaps?area=" + area);
        assertThat(page.get("total").asLong()).isEqualTo(2);
        List<String> lines = lines(page);
        assertThat(lines)
                .containsExactly(
                        pair(youth, later) + " 2021-06-01..2023-12-31 [YOUTH]",
                        pair(later, last) + " 2024-01-01..2025-12-31 [YOUTH]");
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("area").asText()).isEqualTo(area);
        assertThat(first.get("category").asText()).isEqualTo("CRIME_PREVENTION");
        assertThat(List.of(
                        first.get("firstTitle").asText(),
                        first.get("secondTitle").asText()))
                .containsExactlyInAnyOrder("A Ungeindsats", "B Gadeplan");

        assertThat(lines(read("/api/overlaps?area=" + area + "&asOf=" + beforeLast)))
                .containsExactly(pair(youth, later) + " 2021-06-01..2023-12-31 [YOUTH]");

        JsonNode paged = read("/api/overlaps?area=" + area + "&size=1&page=1");
        assertThat(paged.get("total").asLong()).isEqualTo(2);
        assertThat(lines(paged)).containsExactly(pair(later, last) + " 2024-01-01..2025-12-31 [YOUTH]");

        // A termination ends the intervention's valid time and so shortens the overlap.
        Api.Response terminated = api().as("pm.tmf")
                .post(
                        "/api/interventions/" + youth + "/decisions",
                        Map.of("decision", "TERMINATE", "effectiveFrom", "2021-12-31", "reason", "lukket"));
        assertThat(terminated.status()).as(terminated.toString()).isEqualTo(200);
        assertThat(lines(read("/api/overlaps?area=" + area)))
                .first()
                .isEqualTo(pair(youth, later) + " 2021-06-01..2021-12-31 [YOUTH]");
    }

    @Test
    void overlapsAsCsvAndBadPaging() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("overlap-csv");
        String a = register(
                fixtures, "Lektiecafé", area, "EDUCATION_GUIDANCE", List.of("CHILDREN"), "2020-01-01", "2022-12-31");
        String b = register(
                fixtures,
                "Lektiehjælp",
                area,
                "EDUCATION_GUIDANCE",
                List.of("CHILDREN", "YOUTH"),
                "2021-01-01",
                "2024-12-31");
        Api.Response csv = api().as("auditor").header("Accept", "text/csv").get("/api/overlaps?lang=en&area=" + area);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] rows = new String(csv.body(), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .split("\r\n");
        assertThat(rows[0])
                .isEqualTo("area;category;firstId;firstTitle;secondId;secondTitle;from;to;targetGroups;certainty");
        assertThat(rows).hasSize(2);
        assertThat(rows[1])
                .startsWith(area + ";EDUCATION_GUIDANCE;")
                .contains(a, b)
                .endsWith(";2021-01-01;2022-12-31;CHILDREN;CERTAIN");

        Api.Response bad = api().as("pm.sof").get("/api/overlaps?size=0");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().as("pm.sof").get("/api/overlaps?asOf=soon").status()).isEqualTo(400);
    }

    private String register(
            Fixtures fixtures,
            String title,
            String area,
            String category,
            List<String> groups,
            String start,
            String end) {
        Map<String, Object> registration = fixtures.registration(title, area);
        registration.put("category", category);
        registration.put("targetGroups", groups);
        registration.put("plannedStart", start);
        registration.put("plannedEnd", end);
        return fixtures.intervention(registration);
    }

    private JsonNode read(String path) {
        Api.Response response = api().as("evaluator").get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response.json();
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
    }

    private static List<String> lines(JsonNode page) {
        List<String> lines = new ArrayList<>();
        page.get("items").forEach(item -> {
            List<String> groups = new ArrayList<>();
            item.get("targetGroups").forEach(g -> groups.add(g.asText()));
            lines.add(item.get("firstId").asText() + "+" + item.get("secondId").asText() + " "
                    + item.get("from").asText() + ".." + item.get("to").asText() + " " + groups);
        });
        return lines;
    }
}
