package dk.kk.registry.infra.export;

import static dk.kk.registry.infra.support.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.kk.registry.infra.demo.DemoGoals;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Fixtures;
import dk.kk.registry.infra.support.RegistryIT;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/** Every intervention as an IATI 2.03 activity, valid against the official schema. */
class IatiExportIT extends RegistryIT {

    @Test
    void theExportIsValidIati203WithBudgetsTransactionsEvaluationsAndResults() throws Exception {
        Path schema = officialSchema();
        assumeTrue(schema != null, "the IATI 2.03 schema (../shared/standards/iati-2.03) is not beside this "
                + "checkout; skipping the validation");
        Fixtures fixtures = fixtures();
        Api pm = api().as("pm.tmf");
        Map<String, Object> registration = fixtures.registration("Boligsocial helhedsplan i Tingbjerg",
                "tingbjerg-husum");
        registration.put("goals", List.of(DemoGoals.EVICTION_GOAL));
        String id = fixtures.intervention(registration);
        pm.post("/api/interventions/" + id + "/funding", Map.of("source", "TMF", "sourceKind", "MUNICIPAL_POOL",
                "amount", money("1250000.00"), "years", List.of(2019, 2021), "decisionReference", "BR 2018-123"));
        pm.post("/api/interventions/" + id + "/expenditures", Map.of("year", 2019, "amount", money("400000.00")));
        String evaluator = fixtures.organisation("VIVE", "RESEARCH");
        api().as("evaluator").post("/api/interventions/" + id + "/evaluations", Map.of("periodFrom", "2019-01-01",
                "periodTo", "2021-12-31", "method", "BEFORE_AFTER", "evaluator", evaluator, "result", "POSITIVE"));

        Api.Response export = api().as("auditor").get("/api/export/iati");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/xml");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(schema.toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(export.body())));

        String xml = export.text();
        assertThat(xml).contains("<iati-activities version=\"2.03\"", "Boligsocial helhedsplan i Tingbjerg",
                "-" + id + "</iati-identifier>", "1250000.00", "400000.00", "<actual value=\"0.6\"",
                "#evaluation-");
    }

    /** The schema ships beside the project in the workspace, not in the repository. */
    private static Path officialSchema() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/standards/iati-2.03/iati-activities-schema.xsd");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        System.out.println("NOTICE: IATI 2.03 schema not found beside this checkout; validation skipped");
        return null;
    }
}
