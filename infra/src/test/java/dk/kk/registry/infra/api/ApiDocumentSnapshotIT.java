package dk.kk.registry.infra.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.RegistryIT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build generates a client from a committed copy of the API document (the registry is not running when the
 * generator runs); this test keeps the copy equal to what the running registry serves at {@code /v3/api-docs}.
 * Refresh it with {@code -Dregistry.openapi.write=true}.
 */
class ApiDocumentSnapshotIT extends RegistryIT {

    static final Path COMMITTED = Path.of("src/test/resources/openapi/registry-api.json");

    @Test
    void theCommittedDocumentIsTheOneTheRegistryServes() throws IOException {
        Api.Response answer = api().anonymous().get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode live = json.readTree(answer.body());
        if (Boolean.getBoolean("registry.openapi.write")) {
            Files.writeString(COMMITTED, json.writeValueAsString(live) + "\n", StandardCharsets.UTF_8);
        }
        JsonNode committed = json.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        assertThat(committed).as("""
                %s differs from the registry's /v3/api-docs: the generated client (GeneratedClientIT) would be built \
                from a stale document. Refresh it with
                  mvn -B -q verify -pl infra -am -Dit.test=ApiDocumentSnapshotIT -Dtest=NONE \
                -Dsurefire.failIfNoSpecifiedTests=false -Dregistry.openapi.write=true
                and commit the file.""", COMMITTED).isEqualTo(live);
    }
}
