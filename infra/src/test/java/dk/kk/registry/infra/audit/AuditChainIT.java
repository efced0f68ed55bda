package dk.kk.registry.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.AuditTrail;
import dk.kk.registry.infra.support.RegistryIT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditChainIT extends RegistryIT {

    private static final String FROM_POSITION = "SELECT global_index, hash FROM event_chain WHERE global_index >= ?";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private EventChainLinker linker;

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void theExportStreamsEveryEventWithItsChainHash() {
        fixtures().area("audit-export");
        fixtures().area("audit-export");
        AuditTrail.awaitChain(jdbc);

        Api.Response export = api().as("auditor").get("/api/audit/export");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/x-ndjson");
        // Written while read, so the length is not known when the first bytes go out: chunked, without a length.
        assertThat(export.header("Content-Length")).isNull();
        assertThat(export.header("Transfer-Encoding")).isEqualTo("chunked");
        List<JsonNode> lines = lines(export);
        long last = lines.get(lines.size() - 1).get("position").asLong();
        assertThat((long) lines.size())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE globalindex <= ?", Long.class, last));
        Map<Long, String> chain = hashes("SELECT global_index, hash FROM event_chain WHERE global_index <= ?", last);
        long previous = 0;
        for (JsonNode line : lines) {
            long position = line.get("position").asLong();
            assertThat(position).isGreaterThan(previous);
            previous = position;
            assertThat(line.get("chainHash").asText())
                    .as("position %d", position)
                    .isEqualTo(chain.get(position));
            assertThat(line.get("payload").isObject()).isTrue();
        }
    }

    /**
     * Events the chain processor has not reached yet are linked by the export itself, by the same definition: the
     * hashes it writes for them are the ones the chain stores. Shown by taking the last links away for a moment.
     */
    @Test
    void theExportLinksWhatTheChainHasNotReachedWithTheHashesTheChainStores() {
        fixtures().area("audit-unlinked");
        fixtures().area("audit-unlinked");
        StreamingEventProcessor chain = processing
                .eventProcessor("audit-chain", StreamingEventProcessor.class)
                .orElseThrow();
        AuditTrail.awaitChain(jdbc);
        chain.shutDown();
        long tail = jdbc.queryForObject("SELECT max(global_index) FROM event_chain", Long.class) - 1;
        List<Map<String, Object>> links = jdbc.queryForList("SELECT * FROM event_chain WHERE global_index >= ?", tail);
        try {
            jdbc.update("DELETE FROM event_chain WHERE global_index >= ?", tail);

            List<JsonNode> lines = lines(api().as("auditor").get("/api/audit/export"));

            assertThat(lines.get(0).get("linked").asBoolean()).isTrue();
            Map<Long, Object> stored = new HashMap<>();
            links.forEach(link -> stored.put(((Number) link.get("global_index")).longValue(), link.get("hash")));
            List<JsonNode> unlinked = lines.stream()
                    .filter(line -> stored.containsKey(line.get("position").asLong()))
                    .toList();
            assertThat(unlinked).hasSize(links.size()).allSatisfy(line -> assertThat(
                            line.get("linked").asBoolean())
                    .isFalse());
            for (JsonNode line : unlinked) {
                assertThat(line.get("chainHash").asText())
                        .isEqualTo(stored.get(line.get("position").asLong()));
            }
        } finally {
            for (Map<String, Object> link : links) {
                jdbc.update(
                        "INSERT INTO event_chain (global_index, event_id, hash, previous_hash) VALUES (?, ?, ?, ?) "
                                + "ON CONFLICT DO NOTHING",
                        link.get("global_index"),
                        link.get("event_id"),
                        link.get("hash"),
                        link.get("previous_hash"));
            }
            chain.start();
        }
        assertThat(AuditTrail.intact(api())).isTrue();
    }

    @Test
    void anIntactLogVerifies() {
        fixtures().area("audit-verify");
        AuditTrail.awaitChain(jdbc);

        JsonNode verification = api().as("auditor").get("/api/audit/verify").json();

        assertThat(verification.get("intact").asBoolean())
                .as(verification.toString())
                .isTrue();
        assertThat(verification.get("firstBrokenPosition").isNull()).isTrue();
        assertThat(verification.get("eventsChecked").asLong())
                .isGreaterThanOrEqualTo(jdbc.queryForObject("SELECT count(*) FROM event_chain", Long.class));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEvent() {
        String area = fixtures().area("audit-refuse");
        long position = position(area);

        assertThatThrownBy(() ->
                        jdbc.update("UPDATE domainevententry SET payload = payload WHERE globalindex = ?", position))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", position))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasStackTraceContaining("append-only");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    // Rolled back whatever happens: should the trigger ever be missing, the shared log survives this
                    // test.
                    status.setRollbackOnly();
                    jdbc.execute("TRUNCATE domainevententry");
                }))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasStackTraceContaining("append-only");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE globalindex = ?", Long.class, position))
                .isEqualTo(1);
    }

    @Test
    void anEventAlteredBehindTheTriggerBreaksTheChainFromItsPosition() throws Exception {
        String area = fixtures().area("audit-tamper");
        fixtures().area("audit-tamper");
        AuditTrail.awaitChain(jdbc);
        long position = position(area);
        byte[] original = jdbc.queryForObject(
                "SELECT payload FROM domainevententry WHERE globalindex = ?", byte[].class, position);
        String altered = new String(original, StandardCharsets.UTF_8).replace("Område ", "Ændret ");
        assertThat(altered).isNotEqualTo(new String(original, StandardCharsets.UTF_8));

        AuditTrail.tamper(transactions, jdbc, position, altered.getBytes(StandardCharsets.UTF_8));
        try {
            JsonNode verification = api().as("auditor").get("/api/audit/verify").json();
            assertThat(verification.get("intact").asBoolean())
                    .as(verification.toString())
                    .isFalse();
            assertThat(verification.get("firstBrokenPosition").asLong()).isEqualTo(position);

            AuditTrail.Script script = AuditTrail.verifyExport(api());
            if (script != null) {
                assertThat(script.exit()).as(script.output()).isEqualTo(1);
                assertThat(script.output()).contains("broken at position " + position);
            }

            assertThat(chainHealth().get("status").asText())
                    .as("one broken reading is verified again first")
                    .isEqualTo("UP");
            assertThat(AuditTrail.intact(api())).isFalse();
            JsonNode health = chainHealth();
            assertThat(health.get("status").asText()).as(health.toString()).isEqualTo("DOWN");
            assertThat(health.at("/details/firstBrokenPosition").asLong()).isEqualTo(position);
            assertThat(chainIntactGauge())
                    .contains("registry_audit_chain_intact{application=\"intervention-registry\"} 0.0");
        } finally {
            AuditTrail.tamper(transactions, jdbc, position, original);
        }
        assertThat(AuditTrail.intact(api())).isTrue();
        assertThat(chainHealth().get("status").asText()).isEqualTo("UP");
        assertThat(chainIntactGauge())
                .contains("registry_audit_chain_intact{application=\"intervention-registry\"} 1.0");
    }

    private JsonNode chainHealth() {
        return api().as("admin").get("/actuator/health").json().at("/components/auditChain");
    }

    private String chainIntactGauge() {
        return api().as("admin")
                .get("/actuator/prometheus")
                .text()
                .lines()
                .filter(line -> line.startsWith("registry_audit_chain_intact"))
                .findFirst()
                .orElse("");
    }

    @Test
    void theIndependentScriptAgreesWithTheChain() throws Exception {
        fixtures().area("audit-script");
        AuditTrail.awaitChain(jdbc);

        AuditTrail.Script script = AuditTrail.verifyExport(api());

        Assumptions.assumeTrue(script != null, "python3 is not on the PATH: scripts/verify-export.py not run");
        assertThat(script.exit()).as(script.output()).isZero();
        assertThat(script.output()).startsWith("ok ");
    }

    @Test
    void anEventLinkedLateRelinksTheChainFromItsPosition() {
        fixtures().area("audit-late");
        fixtures().area("audit-late");
        AuditTrail.awaitChain(jdbc);
        long position = jdbc.queryForObject("SELECT max(global_index) FROM event_chain", Long.class) - 1;
        Map<Long, String> before = hashes(FROM_POSITION, position);

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            // As if the event had been a gap when the chain passed it, and now arrives.
            jdbc.update("DELETE FROM event_chain WHERE global_index = ?", position);
            linker.extend(List.of(position));
            Map<Long, String> after = hashes(FROM_POSITION, position);
            assertThat(after).containsAllEntriesOf(before);
        });
    }

    private long position(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT globalindex FROM domainevententry WHERE aggregateidentifier = ? " + "AND sequencenumber = 0",
                Long.class,
                aggregateId);
    }

    private static List<JsonNode> lines(Api.Response export) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.text().split("\n")) {
            try {
                lines.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new IllegalStateException("not a JSON line: " + line, e);
            }
        }
        return lines;
    }

    /** The chain's hashes by position, of the links the query selects with the position given. */
    private Map<Long, String> hashes(String query, long position) {
        Map<Long, String> hashes = new HashMap<>();
        jdbc.query(
                query,
                rs -> {
                    hashes.put(rs.getLong(1), rs.getString(2));
                },
                position);
        return hashes;
    }
}
