package dk.kk.registry.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dk.kk.registry.shared.common.UncertainDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No demo date or value is more precise than its source. {@code demo/precision.yaml} (a test resource, kept by hand)
 * lists every dated or valued fact of the demo with the notation its quotation supports and that quotation; the demo
 * may state a fact as precisely as listed or less, never more (a day where the list says a year, a point where it
 * says a range, a certain year where it says an approximate one, an exact value where it says "ca."), and no dated or
 * valued fact may be left unlisted.
 */
class DemoPrecisionTest {

    private static final String LIST = "demo/precision.yaml";

    private final JsonNode history = DemoDocument.history();
    private final JsonNode listed = DemoDocument.read(LIST);

    @Test
    void noDemoDateOrValueIsMorePreciseThanItsQuotation() {
        Map<String, JsonNode> list = byFact();
        List<String> problems = new ArrayList<>();
        DemoDocument.datesAndValues(history).forEach((fact, stated) -> {
            JsonNode entry = list.get(fact);
            if (entry == null) {
                problems.add(fact + " = " + stated + ": not in " + LIST);
            } else if (fact.endsWith("/value")
                    ? !widerValue(stated, entry.path("supports"))
                    : !widerDate(stated.asText(), entry.path("supports").asText())) {
                problems.add(
                        fact + " = " + stated + ": more precise than the quotation supports (" + entry.path("supports")
                                + ", '" + entry.path("quotation").asText() + "')");
            }
        });
        assertThat(problems).as("demo dates and values against " + LIST).isEmpty();
    }

    @Test
    void everyListedFactIsInTheDemoAndItsQuotationInItsSource() {
        Map<String, JsonNode> facts = DemoDocument.datesAndValues(history);
        Map<String, String> seeds = DemoDocument.seedTexts(history);
        List<String> problems = new ArrayList<>();
        byFact().forEach((fact, entry) -> {
            if (!facts.containsKey(fact)) {
                problems.add(fact + ": listed but not in the demo");
            }
            String text = seeds.getOrDefault(entry.path("source").asText(), "");
            String quotation = DemoDocument.collapse(entry.path("quotation").asText());
            if (quotation.isEmpty() || !text.contains(quotation)) {
                problems.add(fact + ": quotation not in " + entry.path("source").asText() + ": '" + quotation + "'");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void aDayWhereTheListSaysAYearOrAPointWhereItSaysCaIsMorePrecise() {
        assertThat(widerDate("2011-01-01", "2011")).isFalse();
        assertThat(widerDate("2011", "2011-01-01")).isTrue();
        assertThat(widerDate("2018", "2018?")).isFalse();
        assertThat(widerDate("unknown", "../2024-11")).isTrue();
        assertThat(widerDate("2024", "../2024-11")).isFalse();
        // a figure the draft of autumn 2024 reports without a year is no later than the draft, not of the draft's date
        assertThat(widerDate("2024-09/2024-11", "../2024-11")).isFalse();
        assertThat(widerDate("../2024-11", "../2024-11")).isTrue();
        JsonNode examples = DemoDocument.read("demo/precision-examples.yaml");
        assertThat(widerValue(examples.path("point"), examples.path("range"))).isFalse();
        assertThat(widerValue(examples.path("range"), examples.path("point"))).isTrue();
        assertThat(widerValue(new TextNode("20"), examples.path("about"))).isFalse();
        assertThat(widerValue(examples.path("about"), examples.path("about"))).isTrue();
    }

    private Map<String, JsonNode> byFact() {
        Map<String, JsonNode> list = new LinkedHashMap<>();
        for (JsonNode entry : listed) {
            list.put(entry.path("fact").asText(), entry);
        }
        return list;
    }

    /** Whether the stated date allows every day the supported one allows, and is no surer of it. */
    static boolean widerDate(String stated, String supported) {
        UncertainDate demo = UncertainDate.parse(stated);
        UncertainDate source = UncertainDate.parse(supported);
        return notAfter(demo.earliest(), source.earliest())
                && notBefore(demo.latest(), source.latest())
                && (source.exactlyAsStated() || !demo.exactlyAsStated());
    }

    private static boolean notAfter(LocalDate stated, LocalDate supported) {
        return stated == null || supported != null && !stated.isAfter(supported);
    }

    private static boolean notBefore(LocalDate stated, LocalDate supported) {
        return stated == null || supported != null && !stated.isBefore(supported);
    }

    /**
     * Whether the stated value allows every number the supported one allows, and is no surer of it: where the source
     * says "ca." ({@code {about}}), so must the demo.
     */
    static boolean widerValue(JsonNode stated, JsonNode supported) {
        BigDecimal[] demo = bounds(stated);
        BigDecimal[] source = bounds(supported);
        boolean low = demo[0] == null || source[0] != null && demo[0].compareTo(source[0]) <= 0;
        boolean high = demo[1] == null || source[1] != null && demo[1].compareTo(source[1]) >= 0;
        boolean surer = supported.has("about") && !stated.has("about");
        return low && high && !surer;
    }

    /** A value's lowest and highest possible number, null where open: "0.6", {from, to}, {below}, {above}, {about}. */
    private static BigDecimal[] bounds(JsonNode value) {
        if (value.isValueNode()) {
            BigDecimal point = new BigDecimal(value.asText());
            return new BigDecimal[] {point, point};
        }
        if (value.has("about")) {
            BigDecimal point = new BigDecimal(value.path("about").asText());
            return new BigDecimal[] {point, point};
        }
        if (value.has("below")) {
            return new BigDecimal[] {null, new BigDecimal(value.path("below").asText())};
        }
        if (value.has("above")) {
            return new BigDecimal[] {new BigDecimal(value.path("above").asText()), null};
        }
        return new BigDecimal[] {
            new BigDecimal(value.path("from").asText()),
            new BigDecimal(value.path("to").asText())
        };
    }
}
