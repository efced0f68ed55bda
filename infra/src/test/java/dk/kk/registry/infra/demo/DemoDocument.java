package dk.kk.registry.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The demo history and the seed documents as the honesty tests read them: the yaml as a plain tree (so the tests do
 * not depend on how the loader maps it) and each seed file as text with its whitespace collapsed.
 */
final class DemoDocument {

    /** The fields that hold a date of a fact, in any section of the demo. */
    static final Set<String> DATE_FIELDS = Set.of(
            "plannedStart",
            "plannedEnd",
            "effectiveFrom",
            "effectiveTo",
            "periodFrom",
            "periodTo",
            "period",
            "published");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private DemoDocument() {}

    static JsonNode history() {
        return read(DemoHistoryLoader.RESOURCE);
    }

    static JsonNode read(String resource) {
        try (InputStream in = DemoDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The seed documents ({@code ../shared/seeds/} beside the project, as on this machine and in CI's clean
     * checkout), or {@code -Dregistry.seeds=…}. Missing seeds fail the test rather than skip it.
     */
    static Path seeds() {
        String configured = System.getProperty("registry.seeds");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "the seed documents (../shared/seeds/) are not beside the project; " + "set -Dregistry.seeds=<dir>");
    }

    /** The text of every seed source the demo declares, by source id, whitespace collapsed. */
    static Map<String, String> seedTexts(JsonNode history) {
        Path seeds = seeds();
        Map<String, String> texts = new LinkedHashMap<>();
        for (JsonNode source : history.path("sources")) {
            try {
                String text = Files.readString(seeds.resolve(source.path("file").asText()), StandardCharsets.UTF_8);
                texts.put(source.path("id").asText(), collapse(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Every object in the tree with its path of names (section / entry key / field …). */
    static void walk(JsonNode node, String path, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(path, node);
            node.fields().forEachRemaining(field -> walk(field.getValue(), path + "/" + field.getKey(), visit));
        } else if (node.isArray()) {
            int index = 0;
            for (JsonNode element : node) {
                walk(element, path + "/" + name(element, index++), visit);
            }
        }
    }

    /** An entry's name in a path: its key, else its id, label, area, organisation or indicator, else its index. */
    static String name(JsonNode element, int index) {
        for (String field : List.of("key", "id", "label", "area", "organisation")) {
            if (element.path(field).isTextual()) {
                return element.path(field).asText();
            }
        }
        return String.valueOf(index);
    }

    /** The dated and valued facts of the demo: path to field → its date notation or value node. */
    static Map<String, JsonNode> datesAndValues(JsonNode history) {
        Map<String, JsonNode> facts = new LinkedHashMap<>();
        walk(history, "", (path, object) -> object.fields().forEachRemaining(field -> {
            boolean date = DATE_FIELDS.contains(field.getKey());
            boolean value = field.getKey().equals("value") && path.startsWith("/figures/");
            if ((date || value) && !field.getValue().isNull()) {
                facts.put(path.substring(1) + "/" + field.getKey(), field.getValue());
            }
        }));
        return facts;
    }

    /** Every citation in the tree (an object with a quotation) with where it stands. */
    static List<Map.Entry<String, JsonNode>> citations(JsonNode history) {
        List<Map.Entry<String, JsonNode>> citations = new ArrayList<>();
        walk(history, "", (path, object) -> {
            if (object.has("quotation")) {
                citations.add(Map.entry(path.substring(1), object));
            }
        });
        return citations;
    }
}
