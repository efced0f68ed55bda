package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.AuditTrail;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Issue 4's "done when", tried as an auditor would, in one story: changes recorded over time; an intervention and the
 * search as of a moment between two changes answer exactly what was known then; the exported log passes the
 * independent script; a payload altered behind the trigger is named by its position; the projections equal a rebuild.
 * (Rebuilding while reading is {@code RebuildWhileReadingIT}; the million-event export {@code MillionEventExportIT}.)
 */
class AuditorWalkthroughIT extends RegistryIT {

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void anAuditorFindsWhatWasKnownThenChecksTheLogAndSeesTamperingAndRebuildsProveThemselves() throws Exception {
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        Api auditor = api().as("auditor");
        String mjoelner = fixtures.area("walk-mjoelnerparken");
        String aldersro = fixtures.area("walk-aldersro");

        String id = fixtures.intervention(fixtures.registration("Natteravne i Mjølnerparken", mjoelner));
        Instant afterRegistration = pause();
        assertThat(pm.post(
                                "/api/interventions/" + id + "/details",
                                Map.of(
                                        "title",
                                        "Natteravne og gadeplan",
                                        "reason",
                                        "gadeplansmedarbejdere med fra 2020"))
                        .status())
                .isEqualTo(200);
        Instant afterRevision = pause();
        assertThat(pm.post(
                                "/api/interventions/" + id + "/areas",
                                Map.of("areaId", aldersro, "effectiveFrom", "2020-01-01"))
                        .status())
                .isEqualTo(200);
        pause();

        JsonNode then = auditor.get("/api/interventions/" + id + "?asOf=" + afterRegistration)
                .json();
        assertThat(then.get("title").asText()).isEqualTo("Natteravne i Mjølnerparken");
        assertThat(then.get("version").asLong()).isZero();
        assertThat(then.get("areas")).hasSize(1);
        JsonNode between = auditor.get("/api/interventions/" + id + "?asOf=" + afterRevision)
                .json();
        assertThat(between.get("title").asText()).isEqualTo("Natteravne og gadeplan");
        assertThat(between.get("areas")).hasSize(1);
        assertThat(auditor.get("/api/interventions/" + id).json().get("areas")).hasSize(2);

        assertThat(titles(auditor, "area=" + mjoelner + "&asOf=" + afterRegistration))
                .containsExactly("Natteravne i Mjølnerparken");
        assertThat(titles(auditor, "q=gadeplan&area=" + mjoelner + "&asOf=" + afterRegistration))
                .isEmpty();
        assertThat(titles(auditor, "q=gadeplan&area=" + mjoelner + "&asOf=" + afterRevision))
                .containsExactly("Natteravne og gadeplan");
        assertThat(titles(auditor, "area=" + aldersro + "&asOf=" + afterRevision))
                .isEmpty();
        assertThat(titles(auditor, "area=" + aldersro)).containsExactly("Natteravne og gadeplan");

        AuditTrail.awaitChain(jdbc);
        AuditTrail.Script intact = AuditTrail.verifyExport(api());
        if (intact == null) {
            System.out.println("python3 is not on the PATH: the export was not checked with scripts/verify-export.py");
        } else {
            assertThat(intact.exit()).as(intact.output()).isZero();
            assertThat(intact.output()).startsWith("ok ");
        }

        long position = jdbc.queryForObject(
                "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? " + "AND sequencenumber = 1",
                Long.class,
                id);
        byte[] original = jdbc.queryForObject(
                "SELECT payload FROM domainevententry WHERE globalindex = ?", byte[].class, position);
        String text = new String(original, StandardCharsets.UTF_8);
        AuditTrail.tamper(
                transactions,
                jdbc,
                position,
                text.replace("Natteravne og gadeplan", "Natteravne alene").getBytes(StandardCharsets.UTF_8));
        try {
            JsonNode broken = auditor.get("/api/audit/verify").json();
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenPosition").asLong()).isEqualTo(position);
            AuditTrail.Script script = AuditTrail.verifyExport(api());
            if (script != null) {
                assertThat(script.exit()).isEqualTo(1);
                assertThat(script.output()).isEqualTo("broken at position " + position);
            }
        } finally {
            AuditTrail.tamper(transactions, jdbc, position, original);
        }
        assertThat(auditor.get("/api/audit/verify").json().get("intact").asBoolean())
                .isTrue();

        Api.Response verified = api().as("admin").post("/api/admin/projections/verify", "");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("equal").asBoolean())
                .as(verified.toString())
                .isTrue();
    }

    /** Event timestamps have millisecond precision on the same clock: a pause on either side keeps them apart. */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(20);
        Instant now = Instant.now();
        Thread.sleep(20);
        return now;
    }

    private static List<String> titles(Api api, String query) {
        Api.Response response = api.get("/api/interventions?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        response.json()
                .get("items")
                .forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }
}
