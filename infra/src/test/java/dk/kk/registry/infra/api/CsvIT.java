package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.api.Problems.assertField;
import static dk.kk.registry.infra.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists as CSV for Danish Excel (API.md, conventions): UTF-8 with a byte-order mark, {@code ;}-separated, a header. */
class CsvIT extends RegistryIT {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void theInterventionSearchAsCsvIsUtf8WithABomSemicolonsAndAHeaderRow() {
        Fixtures fixtures = fixtures();
        String area = fixtures.area("aeblevangen");
        String title = "Tryghedsvandring på Ærøgade og i Fælledparken – året rundt (ÆØÅ)";
        Map<String, Object> registration = fixtures.registration(title, area);
        String id = fixtures.intervention(registration);
        String tricky = "Lektier; \"mor og far\" hjælper";
        String trickyId = fixtures.intervention(fixtures.registration(tricky, area));

        Api.Response csv = api().as("auditor").header("Accept", "text/csv").get("/api/interventions?area=" + area);

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Type").toLowerCase()).contains("charset=utf-8");
        assertThat(Arrays.copyOf(csv.body(), 3)).as("the byte-order mark").isEqualTo(BOM);
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\uFEFF");
        List<String> lines = Arrays.stream(text.split("\r?\n"))
                .filter(line -> !line.isEmpty())
                .toList();
        assertThat(lines).hasSize(3);
        List<String> header = List.of(lines.get(0).split(";", -1));
        assertThat(header)
                .contains(
                        "Id",
                        "Titel",
                        "Ansvarlig forvaltning",
                        "Områder",
                        "Kategori",
                        "Kategori (kode)",
                        "Type",
                        "Type (kode)",
                        "Fase",
                        "Fase (kode)",
                        "Planlagt start")
                .doesNotHaveDuplicates();
        assertThat(lines.get(0)).doesNotContain(",").doesNotContain("\"");

        String row =
                lines.stream().filter(line -> line.startsWith(id)).findFirst().orElseThrow();
        List<String> cells = List.of(row.split(";", -1));
        assertThat(cells).hasSameSizeAs(header);
        assertThat(cells.get(header.indexOf("Titel"))).isEqualTo(title);
        assertThat(cells.get(header.indexOf("Ansvarlig forvaltning"))).isEqualTo("TMF");
        assertThat(cells.get(header.indexOf("Områder"))).isEqualTo(area);
        assertThat(cells.get(header.indexOf("Kategori (kode)"))).isEqualTo(registration.get("category"));
        assertThat(cells.get(header.indexOf("Kategori")))
                .isNotEqualTo(registration.get("category"))
                .isNotBlank();
        assertThat(cells.get(header.indexOf("Planlagt start"))).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(row).contains("æ", "ø", "å", "Æ", "Ø", "Å", "–");

        String quoted = lines.stream()
                .filter(line -> line.startsWith(trickyId))
                .findFirst()
                .orElseThrow();
        assertThat(quoted).contains(";\"Lektier; \"\"mor og far\"\" hjælper\";");
    }

    /** {@code lang=en}: the table programs have always read, the API's field names and codes. */
    @Test
    void withLangEnTheHeadingsAreTheApiFieldNames() {
        String area = fixtures().area("engelsk");
        Map<String, Object> registration = fixtures().registration("Lektiecafé", area);
        String id = fixtures().intervention(registration);
        Api.Response csv =
                api().as("auditor").header("Accept", "text/csv").get("/api/interventions?lang=en&area=" + area);
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = List.of(
                new String(csv.body(), StandardCharsets.UTF_8).substring(1).split("\r\n"));
        List<String> header = List.of(lines.get(0).split(";", -1));
        assertThat(header).contains("id", "title", "category", "kind").doesNotContain("Kategori", "category (code)");
        List<String> cells = List.of(lines.stream()
                .filter(l -> l.startsWith(id))
                .findFirst()
                .orElseThrow()
                .split(";", -1));
        assertThat(cells.get(header.indexOf("category"))).isEqualTo(registration.get("category"));
    }

    /**
     * Every list the API offers as CSV (each GET of the API's own document with a {@code text/csv} answer) has Danish
     * headings by default: none is left as the field name it stands for.
     */
    @Test
    void everyCsvOfTheApiHasDanishHeadings() {
        Map<String, String> required = Map.of(
                "/api/funding/summary", "?groupBy=area",
                "/api/comparisons",
                        "?indicator=eviction-warnings&area=designated-areas&comparison=copenhagen"
                                + "&baseline=2017&status=2024",
                "/api/comparisons/exposure",
                        "?indicator=eviction-warnings&category=STREET_OUTREACH&baseline=2017" + "&status=2024");
        List<String> paths = new java.util.ArrayList<>();
        api().anonymous().get("/v3/api-docs").json().path("paths").fields().forEachRemaining(path -> {
            path.getValue().path("get").path("responses").forEach(response -> {
                if (response.path("content").has("text/csv") && !paths.contains(path.getKey())) {
                    paths.add(path.getKey());
                }
            });
        });
        assertThat(paths).as("the CSV lists of the API").hasSizeGreaterThanOrEqualTo(15);
        List<String> untranslated = new java.util.ArrayList<>();
        for (String path : paths) {
            Api.Response csv =
                    api().as("admin").header("Accept", "text/csv").get(filled(path) + required.getOrDefault(path, ""));
            assertThat(csv.status()).as(path + ": " + csv).isEqualTo(200);
            String[] lines =
                    new String(csv.body(), StandardCharsets.UTF_8).substring(1).split("\r\n");
            List<String> header = List.of(lines[0].split(";", -1));
            for (String heading : header) {
                if (!heading.matches("\\p{Lu}.*")) {
                    untranslated.add(path + ": " + heading);
                }
            }
            // Rows with a quoted cell (a ; or a line break inside) are left to the other tests.
            for (int line = 1; line < lines.length; line++) {
                if (lines[line].contains("\"")) {
                    continue;
                }
                List<String> cells = List.of(lines[line].split(";", -1));
                for (int column = 1; column < header.size() && column < cells.size(); column++) {
                    String code = cells.get(column);
                    // An abbreviation such as SSP is its own label.
                    if (header.get(column).endsWith(" (kode)")
                            && !code.isEmpty()
                            && !code.matches("[A-Z]{2,4}")
                            && code.equals(cells.get(column - 1))) {
                        untranslated.add(path + ": " + header.get(column - 1) + " " + code);
                    }
                }
            }
        }
        assertThat(untranslated.stream().distinct())
                .as("CSV headings left as field names, codes without a label")
                .isEmpty();
    }

    /** A path with its identifiers filled from the demo history: the 2011 policy, its first development plan. */
    private String filled(String path) {
        String plan = path.contains("/development-plans/{id}")
                ? api().as("admin")
                        .get("/api/development-plans?policy=policy-2011")
                        .json()
                        .path("items")
                        .path(0)
                        .path("id")
                        .asText()
                : "";
        return path.replace("/policies/{id}", "/policies/policy-2011")
                .replace("/development-plans/{id}", "/development-plans/" + plan)
                .replace("/sources/{id}", "/sources/status-sof-2024");
    }

    @Test
    void aRefusedCsvRequestStillAnswersAProblem() {
        Api csv = api().as("pm.tmf").header("Accept", "text/csv");
        assertField(assertProblem(csv.get("/api/interventions?size=501"), 400), "size");
        assertField(assertProblem(csv.get("/api/interventions?asOf=i%20går"), 400), "asOf");
        assertProblem(api().anonymous().header("Accept", "text/csv").get("/api/interventions"), 401);
    }

    @Test
    void anEmptyListAsCsvStillHasItsHeaderRow() {
        String area = fixtures().area("tom");
        Api.Response csv = api().as("auditor").header("Accept", "text/csv").get("/api/interventions?area=" + area);
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text.substring(1).split("\r?\n")[0].split(";")).contains("Id", "Titel");
    }
}
