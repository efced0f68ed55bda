package dk.kk.registry.infra.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The API's description is a contract a client can be generated from: Redocly's recommended rules find no error in it
 * (run with {@code npx} where Node is installed, skipped with a message where not), and the rules a client relies on
 * most are checked here in Java as well, so that they hold on a machine without Node too.
 */
class ApiDocumentIT extends RegistryIT {

    private static final String REDOCLY = "@redocly/cli@2.77.0";

    private JsonNode document() {
        Api.Response answer = api().anonymous().get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void everyOperationSaysWhatItIsWhoMayCallItAndHowItFails() {
        JsonNode document = document();
        assertThat(document.path("info").path("title").asText())
                .isEqualTo("Københavns indsatsregister — Intervention registry");
        assertThat(document.path("info").path("version").asText())
                .doesNotContain("v0")
                .isNotBlank();
        assertThat(document.path("info").path("license").path("name").asText()).isNotBlank();
        assertThat(document.path("components").path("securitySchemes").has("basicAuth"))
                .isTrue();
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("bearerJwt")
                        .path("bearerFormat")
                        .asText())
                .isEqualTo("JWT");
        assertThat(document.path("security")).hasSize(2);
        List<String> missing = new ArrayList<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String name = op.getKey().toUpperCase() + " " + path.getKey();
                    JsonNode operation = op.getValue();
                    if (operation.path("summary").asText().isBlank()) {
                        missing.add(name + ": no summary");
                    }
                    operation.path("parameters").forEach(parameter -> {
                        if (parameter.path("description").asText().isBlank()) {
                            missing.add(name + ": parameter "
                                    + parameter.path("name").asText() + " undescribed");
                        }
                    });
                    JsonNode responses = operation.path("responses");
                    if (!responses.has("401")) {
                        missing.add(name + ": no 401");
                    }
                    responses.fields().forEachRemaining(response -> {
                        if (response.getKey().startsWith("4")
                                && !response.getValue()
                                        .path("content")
                                        .path("application/problem+json")
                                        .path("schema")
                                        .path("$ref")
                                        .asText()
                                        .equals("#/components/schemas/Problem")) {
                            missing.add(name + ": " + response.getKey() + " is not a problem");
                        }
                    });
                }));
        assertThat(missing).isEmpty();
    }

    /**
     * A generated client names its methods after the operation ids: each is unique and says what it does, never a
     * bare verb or one springdoc numbered to tell two methods of the same name apart ({@code correct_1}).
     */
    @Test
    void everyOperationHasItsOwnSpeakingId() {
        List<String> ids = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        document().path("paths").fields().forEachRemaining(path -> path.getValue()
                .fields()
                .forEachRemaining(op -> {
                    String id = op.getValue().path("operationId").asText();
                    ids.add(id);
                    if (!id.matches(
                            "[a-z][a-z]*[A-Z][A-Za-z]*|administrations|organisations|areas|indicators|policies|goals"
                                    + "|evaluations|overlaps|projections")) {
                        wrong.add(op.getKey().toUpperCase() + " " + path.getKey() + ": " + id);
                    }
                }));
        assertThat(wrong).as("operation ids that are a bare verb or numbered").isEmpty();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void theDocumentStatesTheRegistrysOwnRules() {
        JsonNode document = document();
        JsonNode paths = document.path("paths");
        JsonNode register = paths.path("/api/interventions").path("post");
        assertThat(register.path("responses").path("201").path("headers").has("Location"))
                .isTrue();
        assertThat(register.path("responses").has("200")).isFalse();
        assertThat(register.path("parameters").findValuesAsText("name")).contains("Idempotency-Key");
        assertThat(paths.path("/api/interventions/{id}/details")
                        .path("post")
                        .path("parameters")
                        .findValuesAsText("name"))
                .contains("If-Match", "Idempotency-Key");
        assertThat(paths.path("/api/admin/projections/{name}/rebuild")
                        .path("post")
                        .path("responses")
                        .has("202"))
                .isTrue();
        JsonNode size = null;
        for (JsonNode parameter : paths.path("/api/interventions").path("get").path("parameters")) {
            if (parameter.path("name").asText().equals("size")) {
                size = parameter;
            }
        }
        assertThat(size).isNotNull();
        assertThat(size.path("schema").path("maximum").asInt()).isEqualTo(500);
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("Money")
                        .path("properties")
                        .path("amount")
                        .path("type")
                        .asText())
                .isEqualTo("string");
        // A measured value is a decimal string when exact, a range or a bound otherwise (API.md, "Uncertain values").
        assertThat(schemas.path("MeasurementView")
                        .path("properties")
                        .path("value")
                        .findValuesAsText("$ref"))
                .containsExactly("#/components/schemas/UncertainValue");
        assertThat(schemas.path("UncertainValue")
                        .path("oneOf")
                        .get(0)
                        .path("type")
                        .asText())
                .isEqualTo("string");
        assertThat(schemas.path("UncertainValue").path("oneOf").findValues("properties"))
                .extracting(properties -> String.join(",", (Iterable<String>) properties::fieldNames))
                .containsExactly("from,to,approximate", "below", "above", "about");
        // Two requests both named Correct: each operation documents its own.
        assertThat(paths.path("/api/interventions/{id}/corrections")
                        .path("post")
                        .path("requestBody")
                        .findValuesAsText("$ref"))
                .containsExactly("#/components/schemas/InterventionCorrect");
        assertThat(schemas.path("InterventionCorrect").path("properties").has("eventId"))
                .isTrue();
        assertThat(paths.path("/api/measurements/{id}/corrections")
                        .path("post")
                        .path("requestBody")
                        .findValuesAsText("$ref"))
                .containsExactly("#/components/schemas/MeasurementCorrect");
    }

    /**
     * A client generated from the document (openapi-generator, a validator taking OpenAPI 3.0.3 at its word) refuses
     * a null that the enum does not list, whatever {@code nullable} says: every nullable property with listed values
     * lists null too.
     */
    @Test
    void aNullablePropertyWithListedValuesListsNull() {
        JsonNode schemas = document().path("components").path("schemas");
        List<String> refusingNull = new ArrayList<>();
        nullableEnumsWithoutNull(schemas, "#/components/schemas", refusingNull);
        assertThat(refusingNull).isEmpty();
        assertThat(schemas.path("ProposalView")
                        .path("properties")
                        .path("status")
                        .path("enum"))
                .anyMatch(JsonNode::isNull);
    }

    private static void nullableEnumsWithoutNull(JsonNode schema, String path, List<String> into) {
        if (schema.isObject()) {
            boolean listsNull = false;
            for (JsonNode value : schema.path("enum")) {
                listsNull |= value.isNull();
            }
            if (schema.path("nullable").asBoolean() && schema.has("enum") && !listsNull) {
                into.add(path);
            }
            schema.fields()
                    .forEachRemaining(
                            field -> nullableEnumsWithoutNull(field.getValue(), path + "/" + field.getKey(), into));
        } else if (schema.isArray()) {
            for (int i = 0; i < schema.size(); i++) {
                nullableEnumsWithoutNull(schema.get(i), path + "/" + i, into);
            }
        }
    }

    /**
     * The examples come from the demo history, beside the code in one file; each must be a valid request or answer of
     * its own operation, as the contract validator of every test's traffic judges it, so that none drifts from what
     * the registry does. The main bodies and answers must have one.
     */
    @Test
    void everyExampleIsAValidRequestOrAnswerOfItsOperation() {
        Api.Response answer = api().anonymous().get("/v3/api-docs");
        String text = answer.text();
        JsonNode document = answer.json();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(text)
                .build();
        List<String> examples = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String method = op.getKey().toUpperCase(Locale.ROOT);
                    String concrete = path.getKey().replace("{year}", "2024").replaceAll("\\{[^}]+}", "demo");
                    String name = method + " " + path.getKey();
                    JsonNode request = op.getValue()
                            .path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("example");
                    if (!request.isMissingNode()) {
                        examples.add(name + " request");
                        ValidationReport report = validator.validateRequest(new SimpleRequest.Builder(method, concrete)
                                .withContentType("application/json")
                                .withAuthorization("Basic ZXZhbHVhdG9yOmRlbW8=")
                                .withBody(request.toString())
                                .build());
                        errors(report).forEach(error -> invalid.add(name + " request: " + error));
                    }
                    op.getValue().path("responses").fields().forEachRemaining(response -> response.getValue()
                            .path("content")
                            .fields()
                            .forEachRemaining(media -> {
                                JsonNode example = media.getValue().path("example");
                                if (example.isMissingNode()) {
                                    return;
                                }
                                examples.add(name + " " + response.getKey());
                                ValidationReport report = validator.validateResponse(
                                        concrete,
                                        Request.Method.valueOf(method),
                                        SimpleResponse.Builder.status(Integer.parseInt(response.getKey()))
                                                .withContentType(media.getKey())
                                                .withBody(example.toString())
                                                .build());
                                errors(report)
                                        .forEach(error -> invalid.add(name + " " + response.getKey() + ": " + error));
                            }));
                }));
        assertThat(invalid)
                .as("examples that are not what their operation takes or gives")
                .isEmpty();
        assertThat(examples)
                .as("the main bodies and answers have an example from the demo history")
                .contains(
                        "POST /api/interventions request",
                        "POST /api/interventions 201",
                        "POST /api/interventions 422",
                        "GET /api/interventions 200",
                        "GET /api/interventions/{id} 200",
                        "POST /api/measurements request",
                        "GET /api/measurements/{id} 200",
                        "GET /api/comparisons 200",
                        "POST /api/goals request",
                        "GET /api/goals/{id} 200",
                        "POST /api/development-plans request",
                        "GET /api/development-plans/{id} 200",
                        "POST /api/sources request",
                        "GET /api/sources/{id} 200",
                        "GET /api/audit/events 200",
                        "GET /api/interventions/{id} 404");
    }

    private static List<String> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }

    @Test
    void redoclysRecommendedRulesFindNoError() throws Exception {
        assumeTrue(onPath("npx"), "npx is not installed: Redocly's lint is skipped (the Java checks above still ran)");
        Path file = Path.of("target", "api-docs.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, api().anonymous().get("/v3/api-docs").text(), StandardCharsets.UTF_8);
        Process lint = new ProcessBuilder(
                        "npx", "--yes", REDOCLY, "lint", file.toString(), "--format=summary", "--max-problems", "1000")
                .redirectErrorStream(true)
                .start();
        boolean done = lint.waitFor(5, TimeUnit.MINUTES);
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            lint.destroyForcibly();
        }
        assumeTrue(
                done && !unreachable(output),
                "Redocly CLI could not be fetched or run: the lint is skipped\n" + output);
        assertThat(output).as("Redocly lint (recommended rules)").doesNotContainPattern("(?m)^error ");
        assertThat(lint.exitValue()).as(output).isZero();
    }

    private static boolean unreachable(String output) {
        return output.contains("ENOTFOUND")
                || output.contains("EAI_AGAIN")
                || output.contains("ECONNREFUSED")
                || output.contains("ETIMEDOUT")
                || output.contains("npm error code E4");
    }

    private static boolean onPath(String program) {
        try {
            Process which = new ProcessBuilder("sh", "-c", "command -v " + program).start();
            return which.waitFor(10, TimeUnit.SECONDS) && which.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
