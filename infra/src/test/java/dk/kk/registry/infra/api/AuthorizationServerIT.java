package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.api.Problems.assertProblem;
import static dk.kk.registry.infra.support.Bodies.body;
import static dk.kk.testprovider.TestOpenIdProvider.client;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.RegistryIT;
import dk.kk.testprovider.TestOpenIdProvider;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The registry against a real authorization server it did not write: Spring Authorization Server in this JVM
 * ({@link TestOpenIdProvider}), found by discovery from its issuer URI, issuing RFC 9068 access tokens by client
 * credentials, one client per case. The role comes as a Keycloak realm role ({@code realm_access.roles}) through
 * the registry's role mapping, the administration from a claim of its own. Tokens the provider would never issue
 * (alg none, a foreign key, another issuer) are forged from its real ones.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuthorizationServerIT extends RegistryIT {

    private static final String AUDIENCE = "https://registry.kk.example";

    private static final TestOpenIdProvider PROVIDER = TestOpenIdProvider.start(
            List.of(
                    client("pm-tmf", realmRole("registry-project-manager", "TMF"))
                            .forAudience(AUDIENCE),
                    client("pm-sof", realmRole("registry-project-manager", "SOF"))
                            .forAudience(AUDIENCE),
                    client("evaluator", realmRole("registry-evaluator", null)).forAudience(AUDIENCE),
                    client("auditor", realmRole("registry-auditor", null)).forAudience(AUDIENCE),
                    client("admin", realmRole("registry-admin", null)).forAudience(AUDIENCE),
                    client("for-the-mail-service", realmRole("registry-admin", null)),
                    client("no-audience", realmRole("registry-admin", null)).forAudience(),
                    client("expired", realmRole("registry-admin", null))
                            .forAudience(AUDIENCE)
                            .expiresIn(Duration.ofSeconds(-30)),
                    client("not-yet-valid", realmRole("registry-admin", null))
                            .forAudience(AUDIENCE)
                            .notBeforeIn(Duration.ofSeconds(30)),
                    client("no-role", Map.of("realm_access", Map.of("roles", List.of("offline_access"))))
                            .forAudience(AUDIENCE),
                    client(
                                    "two-roles",
                                    Map.of(
                                            "realm_access",
                                            Map.of("roles", List.of("registry-admin", "registry-auditor"))))
                            .forAudience(AUDIENCE),
                    client("pm-without-administration", realmRole("registry-project-manager", null))
                            .forAudience(AUDIENCE)),
            List.of(),
            List.of());

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("registry.security.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("registry.security.oidc.audience", () -> AUDIENCE);
        registry.add("registry.security.oidc.role-claim", () -> "realm_access.roles");
        registry.add("registry.security.oidc.role-mapping.registry-project-manager", () -> "PROJECT_MANAGER");
        registry.add("registry.security.oidc.role-mapping.registry-evaluator", () -> "EVALUATOR");
        registry.add("registry.security.oidc.role-mapping.registry-auditor", () -> "AUDITOR");
        registry.add("registry.security.oidc.role-mapping.registry-admin", () -> "ADMIN");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void eachRolesTokenDoesWhatItsRoleMay() {
        Api pmTmf = bearer(PROVIDER.token("pm-tmf"));
        Api.Response registered = pmTmf.post("/api/interventions", registration("TMF"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("id").asText();
        assertThat(pmTmf.get("/api/interventions/" + id + "/history")
                        .json()
                        .get("items")
                        .get(0)
                        .get("recordedBy")
                        .asText())
                .isEqualTo("pm-tmf");
        assertProblem(bearer(PROVIDER.token("pm-sof")).post("/api/interventions", registration("TMF")), 403);

        Api evaluator = bearer(PROVIDER.token("evaluator"));
        assertThat(evaluator.get("/api/interventions/" + id).status()).isEqualTo(200);
        assertProblem(evaluator.post("/api/interventions", registration("TMF")), 403);
        assertProblem(evaluator.get("/api/audit/verify"), 403);

        Api auditor = bearer(PROVIDER.token("auditor"));
        assertThat(auditor.get("/api/audit/verify").status()).isEqualTo(200);
        assertProblem(auditor.post("/api/organisations", organisation()), 403);

        Api admin = bearer(PROVIDER.token("admin"));
        Api.Response created = admin.post("/api/organisations", organisation());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertProblem(admin.post("/api/interventions", registration("TMF")), 403);
    }

    @Test
    void tokensTheProviderMadeForAnotherAudienceOrForNoneAreRefused() {
        refused(PROVIDER.token("for-the-mail-service"));
        refused(PROVIDER.token("no-audience"));
    }

    @Test
    void tokensOutsideTheirValidityAreRefused() {
        refused(PROVIDER.token("expired"));
        refused(PROVIDER.token("not-yet-valid"));
    }

    @Test
    void tokensWithoutExactlyOneRoleOrAProjectManagersWithoutAnAdministrationAreRefused() {
        refused(PROVIDER.token("no-role"));
        refused(PROVIDER.token("two-roles"));
        refused(PROVIDER.token("pm-without-administration"));
    }

    @Test
    void forgedTokensAreRefused() throws Exception {
        String real = PROVIDER.token("admin");
        String payload = real.split("\\.")[1];
        String none = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8));
        refused(none + "." + payload + ".");

        RSAKey theProviders = PROVIDER.signingKey();
        RSAKey foreign =
                new RSAKeyGenerator(2048).keyID(theProviders.getKeyID()).generate();
        refused(resign(real, foreign, claims -> {}));
        refused(resign(real, theProviders, claims -> claims.issuer("https://login.evil.example")));
        Api.Response control = bearer(resign(real, theProviders, claims -> {})).get("/api/interventions");
        assertThat(control.status())
                .as("the same token re-signed with the provider's key: " + control)
                .isEqualTo(200);
    }

    @Test
    void afterTheProviderRotatesItsKeyTheNewOneIsFetchedAndTheOldOneRefused() {
        String before = PROVIDER.token("evaluator");
        assertThat(bearer(before).get("/api/interventions").status()).isEqualTo(200);

        PROVIDER.rotateKey();
        String after = PROVIDER.token("evaluator");

        Api.Response read = bearer(after).get("/api/interventions");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        refused(before);
    }

    private void refused(String token) {
        long events = events();
        Api.Response read = bearer(token).get("/api/interventions");
        assertProblem(read, 401);
        assertThat(read.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(bearer(token).post("/api/organisations", organisation()), 401);
        assertThat(events()).isEqualTo(events);
    }

    private Api bearer(String token) {
        return api().anonymous().header("Authorization", "Bearer " + token);
    }

    private static String resign(String token, RSAKey key, Consumer<JWTClaimsSet.Builder> change)
            throws ParseException, JOSEException {
        JWTClaimsSet.Builder claims =
                new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet());
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(new JOSEObjectType("at+jwt"))
                        .keyID(key.getKeyID())
                        .build(),
                claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static Map<String, Object> realmRole(String role, String administration) {
        Map<String, Object> realm = Map.of("realm_access", Map.of("roles", List.of("offline_access", role)));
        if (administration == null) {
            return realm;
        }
        return Map.of("realm_access", realm.get("realm_access"), "administration", administration);
    }

    private static Map<String, Object> organisation() {
        return body("name", "Boligselskabet " + UUID.randomUUID(), "kind", "HOUSING_ASSOCIATION");
    }

    private static Map<String, Object> registration(String lead) {
        return Bodies.registration("Lektiecafé i Tingbjerg " + UUID.randomUUID(), lead, "2021-01-01", "2023-12-31");
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
