package dk.kk.registry.infra.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.infra.support.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assertions on RFC 9457 answers shared by the API tests (request bodies: {@code support/Bodies}). */
final class Problems {

    /** What an error answer must never show: stack traces, Java class or package names. */
    static final List<String> INTERNALS = List.of(
            "java.",
            "javax.",
            "jakarta.",
            "org.springframework",
            "org.axonframework",
            "com.fasterxml",
            "org.postgresql",
            "dk.kk.registry",
            "Exception",
            "\tat ",
            "\"trace\"",
            "stackTrace");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    /** The answer is a problem with this status, with type, title, status and detail, and shows no internals. */
    static JsonNode assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type"))
                .as("Content-Type of " + response)
                .startsWith("application/problem+json");
        assertNoInternals(response);
        JsonNode problem = response.json();
        assertThat(problem.path("type").asText()).as("type of " + response).isNotBlank();
        assertThat(problem.path("title").asText()).as("title of " + response).isNotBlank();
        assertThat(problem.path("status").isInt()).as("status of " + response).isTrue();
        assertThat(problem.path("status").asInt()).as("status of " + response).isEqualTo(status);
        assertThat(problem.path("detail").asText()).as("detail of " + response).isNotBlank();
        return problem;
    }

    static void assertNoInternals(Api.Response response) {
        String text = response.text();
        for (String internal : INTERNALS) {
            assertThat(text).as("the answer shows internals: " + response).doesNotContain(internal);
        }
    }

    /** The problem lists an input error for this field. */
    static void assertField(JsonNode problem, String field) {
        assertThat(fields(problem)).as("errors[].field of " + problem).contains(field);
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    /** The problem's detail or its errors' messages mention every word given. */
    static void assertMentions(JsonNode problem, String... words) {
        StringBuilder text = new StringBuilder(problem.path("detail").asText());
        problem.path("errors")
                .forEach(error -> text.append('\n').append(error.path("message").asText()));
        assertThat(text.toString()).as("what the problem says").contains(words);
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> money(String amount, String currency) {
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("amount", amount);
        money.put("currency", currency);
        return money;
    }

    static String repeat(int length) {
        return "x".repeat(length);
    }
}
