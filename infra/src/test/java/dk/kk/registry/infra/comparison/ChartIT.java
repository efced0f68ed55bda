package dk.kk.registry.infra.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Server-drawn SVG charts: well-formed, labelled, Danish by default, English on request. */
class ChartIT extends RegistryIT {

    @Test
    void theEvictionWarningSeriesIsDrawnAgainstCopenhagenWithBaselineAndStatusMarked() throws Exception {
        Api.Response chart = api().as("evaluator").get("/api/charts/series.svg?indicator=eviction-warnings"
                + "&area=designated-areas&comparison=copenhagen&baseline=2017&status=2024");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.header("Content-Type")).startsWith("image/svg+xml");
        Document svg = parse(chart.body());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(chart.text()).contains("Basisår 2017", "Status 2024", "År", "procent",
                "Udsatte byområder (samlet)", "København (hele byen)").contains("<path");
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(6);
    }

    @Test
    void differenceInDifferencesAndFundingAreDrawnAsBarsInEitherLanguage() throws Exception {
        Api.Response did = api().as("evaluator").get("/api/charts/did.svg?indicator=eviction-warnings"
                + "&area=designated-areas&comparison=copenhagen&baseline=2017&status=2024&lang=en");
        assertThat(did.status()).isEqualTo(200);
        parse(did.body());
        assertThat(did.text()).contains("Difference-in-differences", "<rect x=");
        String id = fixtures().intervention(fixtures().registration("Boligsocial helhedsplan", "copenhagen"));
        assertThat(api().as("pm.tmf").post("/api/interventions/" + id + "/funding", java.util.Map.of("source", "TMF",
                "sourceKind", "MUNICIPAL_POOL", "amount", dk.kk.registry.infra.support.Fixtures.money("250000.00"),
                "years", java.util.List.of(2020, 2021))).status()).isEqualTo(201);
        Api.Response funding = api().as("evaluator").get("/api/charts/funding.svg?groupBy=sourceKind");
        assertThat(funding.status()).isEqualTo(200);
        parse(funding.body());
        assertThat(funding.text()).contains("Bevilget", "Forbrugt", "Kildetype", "kr.");
        assertThat(api().as("evaluator").get("/api/charts/funding.svg?groupBy=colour").status()).isEqualTo(400);
        assertThat(api().as("evaluator").get("/api/charts/series.svg?indicator=nope&area=copenhagen").status())
                .isEqualTo(404);
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }
}
