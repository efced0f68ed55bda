package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditLogIT extends RegistryIT {

    @Test
    void anAuditorReadsWhoRecordedWhatWhyFromTheLog() {
        String area = fixtures().area("audit-log");
        Api.Response renamed = api().as("admin")
                .post(
                        "/api/areas/" + area + "/name",
                        Map.of("name", "Nyt navn " + area, "reason", "stavefejl i navnet"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

        Api.Response response = api().as("auditor").get("/api/audit/events?aggregateId=" + area);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        JsonNode registered = page.get("items").get(0);
        JsonNode rename = page.get("items").get(1);
        assertThat(registered.get("type").asText()).isEqualTo("AreaRegisteredEvent");
        assertThat(registered.get("payloadType").asText()).isEqualTo("dk.kk.registry.shared.area.AreaRegisteredEvent");
        assertThat(registered.get("aggregateType").asText()).isEqualTo("Area");
        assertThat(registered.get("aggregateId").asText()).isEqualTo(area);
        assertThat(registered.get("sequence").asLong()).isZero();
        assertThat(registered.get("recordedBy").asText()).isEqualTo("admin");
        assertThat(registered.get("role").asText()).isEqualTo("ADMIN");
        assertThat(registered.get("source").asText()).isEqualTo("api");
        assertThat(registered.get("eventId").asText()).isNotBlank();
        assertThat(registered.get("correlationId").isNull()).isFalse();
        assertThat(Instant.parse(registered.get("recordedAt").asText()))
                .isBefore(Instant.now().plusSeconds(1));
        assertThat(registered.get("payload").isObject()).isTrue();
        assertThat(registered.get("payload").toString()).contains(area);
        assertThat(rename.get("type").asText()).isEqualTo("AreaRenamedEvent");
        assertThat(rename.get("reason").asText()).isEqualTo("stavefejl i navnet");
        assertThat(rename.get("position").asLong())
                .isGreaterThan(registered.get("position").asLong());
    }

    @Test
    void filtersByUserTypeAndRecordedTime() {
        String area = fixtures().area("audit-filter");
        String byArea = "/api/audit/events?aggregateId=" + area;

        assertThat(total(byArea + "&user=admin&type=AreaRegisteredEvent")).isEqualTo(1);
        assertThat(total(byArea + "&user=evaluator")).isZero();
        assertThat(total(byArea + "&type=AreaRenamedEvent")).isZero();
        Instant now = Instant.now();
        assertThat(total(byArea + "&from=" + now.minus(1, ChronoUnit.HOURS) + "&to=" + now.plusSeconds(60)))
                .isEqualTo(1);
        assertThat(total(byArea + "&from=" + now.plus(1, ChronoUnit.HOURS))).isZero();
        assertThat(total(byArea + "&to=" + now.minus(1, ChronoUnit.HOURS))).isZero();
    }

    @Test
    void theWholeLogPagesInGlobalOrder() {
        fixtures().area("audit-paging");
        JsonNode first = api().as("admin").get("/api/audit/events?size=3").json();
        JsonNode second =
                api().as("admin").get("/api/audit/events?size=3&page=1").json();

        assertThat(first.get("items")).hasSize(3);
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(4);
        long previous = 0;
        for (JsonNode item : first.get("items")) {
            assertThat(item.get("position").asLong()).isGreaterThan(previous);
            previous = item.get("position").asLong();
        }
        assertThat(second.get("items").get(0).get("position").asLong()).isGreaterThan(previous);
    }

    @Test
    void theLogComesAsCsvForExcel() {
        String area = fixtures().area("audit-csv");

        Api.Response csv =
                api().as("auditor").header("Accept", "text/csv").get("/api/audit/events?aggregateId=" + area);

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.text().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFPosition;Hændelses-id;Type;");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("AreaRegisteredEvent").contains(area);
    }

    @Test
    void badParametersAre400WithTheField() {
        assertBad("/api/audit/events?size=501", "size");
        assertBad("/api/audit/events?page=-1", "page");
        assertBad("/api/audit/events?from=yesterday", "from");
        assertBad("/api/audit/events?from=2024-06-02T00:00:00Z&to=2024-06-01T00:00:00Z", "to");
        assertBad("/api/audit/events?user=" + "u".repeat(256), "user");
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheLog() {
        assertThat(api().as("pm.tmf").get("/api/audit/events").status()).isEqualTo(403);
        assertThat(api().as("evaluator").get("/api/audit/export").status()).isEqualTo(403);
        assertThat(api().as("evaluator").get("/api/audit/verify").status()).isEqualTo(403);
        assertThat(api().anonymous().get("/api/audit/events").status()).isEqualTo(401);
        assertThat(api().as("admin").get("/api/audit/verify").status()).isEqualTo(200);
    }

    private long total(String path) {
        Api.Response response = api().as("auditor").get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("total").asLong();
    }

    private void assertBad(String path, String field) {
        Api.Response response = api().as("auditor").get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }
}
