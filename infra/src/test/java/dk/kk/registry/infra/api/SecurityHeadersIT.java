package dk.kk.registry.infra.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.RegistryIT;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every answer, good or bad, signed in or not, carries the headers that keep a browser from misusing it. */
class SecurityHeadersIT extends RegistryIT {

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("200 read", (Function<Api, Api.Response>)
                        api -> api.as("auditor").get("/api/interventions")),
                Arguments.of("201 write", (Function<Api, Api.Response>) api -> api.as("admin")
                        .post(
                                "/api/organisations",
                                Bodies.body(
                                        "name", "Café Nørrebro " + java.util.UUID.randomUUID(), "kind", "COMPANY"))),
                Arguments.of("400 bad input", (Function<Api, Api.Response>)
                        api -> api.as("admin").post("/api/organisations", "{\"name\":")),
                Arguments.of("401 not signed in", (Function<Api, Api.Response>)
                        api -> api.anonymous().get("/api/interventions")),
                Arguments.of("403 not allowed", (Function<Api, Api.Response>) api ->
                        api.as("auditor").post("/api/organisations", Bodies.body("name", "X", "kind", "COMPANY"))),
                Arguments.of("404 unknown", (Function<Api, Api.Response>)
                        api -> api.as("auditor").get("/api/interventions/" + java.util.UUID.randomUUID())),
                Arguments.of("health", (Function<Api, Api.Response>)
                        api -> api.anonymous().get("/actuator/health")),
                Arguments.of("OpenAPI", (Function<Api, Api.Response>)
                        api -> api.anonymous().get("/v3/api-docs")),
                Arguments.of("CSV", (Function<Api, Api.Response>)
                        api -> api.as("auditor").header("Accept", "text/csv").get("/api/administrations")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyAnswerCarriesTheSecurityHeaders(String what, Function<Api, Api.Response> call) {
        Api.Response response = call.apply(api());

        assertThat(response.header("Content-Security-Policy"))
                .as(what)
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
    }
}
