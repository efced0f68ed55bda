package dk.kk.registry.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo history quotes its sources and nothing else: every quotation occurs, word for word (whitespace aside), in
 * the seed document it cites, and every fact carries a structured citation.
 */
class DemoQuotationsTest {

    private static final List<String> FACT_SECTIONS =
            List.of("organisations", "areas", "policies", "designations", "interventions", "indicators", "figures");

    private final JsonNode history = DemoDocument.history();

    @Test
    void everyQuotationOccursInTheDocumentItCites() {
        Map<String, String> seeds = DemoDocument.seedTexts(history);
        List<String> notFound = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> citations = DemoDocument.citations(history);
        for (Map.Entry<String, JsonNode> citation : citations) {
            String source = citation.getValue().path("id").asText();
            String quotation =
                    DemoDocument.collapse(citation.getValue().path("quotation").asText());
            String text = seeds.get(source);
            if (text == null || quotation.isEmpty() || !text.contains(quotation)) {
                notFound.add(citation.getKey() + " cites " + source + ": '" + quotation + "'");
            }
        }
        assertThat(citations).hasSizeGreaterThan(200);
        assertThat(notFound).as("quotations not in the document they cite").isEmpty();
    }

    @Test
    void everyFactCitesASourceWithSectionAndQuotation() {
        List<String> uncited = new ArrayList<>();
        for (String section : FACT_SECTIONS) {
            int index = 0;
            for (JsonNode fact : history.path(section)) {
                JsonNode source = fact.path("source");
                if (!source.isObject()
                        || source.path("id").asText().isEmpty()
                        || source.path("locator").asText().isEmpty()
                        || source.path("quotation").asText().isEmpty()) {
                    uncited.add(section + "/" + DemoDocument.name(fact, index));
                }
                index++;
            }
        }
        assertThat(uncited)
                .as("facts without a structured citation {id, locator, quotation}")
                .isEmpty();
    }

    @Test
    void theSeedDocumentsAreSourcesWithTitlePublisherAndDate() {
        assertThat(history.path("sources")).hasSize(5);
        for (JsonNode source : history.path("sources")) {
            assertThat(source.path("title").asText()).as(source.toString()).isNotBlank();
            assertThat(source.path("publisher").asText()).as(source.toString()).isNotBlank();
            assertThat(source.path("published").asText()).as(source.toString()).isNotBlank();
        }
        assertThat(DemoDocument.seedTexts(history)).hasSize(5);
    }
}
