package dk.kk.registry.infra.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The document's examples, all in one file ({@value #FILE}): requests as the demo history records them and answers as
 * the registry gives them on the demo history (its name-based ids, titles, areas and values; lists shortened to an
 * item or two). Keyed by operation ({@code "POST /api/interventions"}), then by {@code request} or the answer's status.
 * An example for an operation or status the document does not have is an error, so that one cannot silently fall off;
 * ApiDocumentIT validates every example against its own schema, so that none can drift from what the registry does.
 */
final class ApiExamples {

    static final String FILE = "openapi/examples.json";
    private static final String REQUEST = "request";
    private static final Map<String, Map<String, Object>> EXAMPLES = load();

    private ApiExamples() {}

    static void addTo(OpenAPI openApi) {
        Map<String, Map<String, Object>> unused = new LinkedHashMap<>(EXAMPLES);
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Map<String, Object> examples = unused.remove(method + " " + path);
            if (examples != null) {
                examples.forEach((what, example) ->
                        json(operation, method + " " + path, what).setExample(example));
            }
        }));
        if (!unused.isEmpty()) {
            throw new IllegalStateException(
                    FILE + " has examples for operations the API does not have: " + unused.keySet());
        }
    }

    private static MediaType json(Operation operation, String key, String what) {
        Content content;
        if (REQUEST.equals(what)) {
            content = operation.getRequestBody() == null
                    ? null
                    : operation.getRequestBody().getContent();
        } else {
            ApiResponse response = operation.getResponses().get(what);
            content = response == null ? null : response.getContent();
        }
        MediaType media = content == null ? null : content.get("application/json");
        if (media == null && content != null) {
            media = content.get(ApiDocumentation.PROBLEM_JSON);
        }
        if (media == null) {
            throw new IllegalStateException(FILE + ": " + key + " has no JSON " + what + " to give an example");
        }
        return media;
    }

    private static Map<String, Map<String, Object>> load() {
        try (InputStream in = ApiExamples.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            return new ObjectMapper().readValue(in, new TypeReference<LinkedHashMap<String, Map<String, Object>>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
