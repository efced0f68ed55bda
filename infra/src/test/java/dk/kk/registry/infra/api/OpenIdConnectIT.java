package dk.kk.registry.infra.api;

import static dk.kk.registry.infra.api.Problems.assertProblem;
import static dk.kk.registry.infra.support.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dk.kk.registry.infra.support.Api;
import dk.kk.registry.infra.support.Bodies;
import dk.kk.registry.infra.support.RegistryIT;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bearer tokens from an OpenID Connect issuer, signed with a key made for this test and published as a JWK set by
 * the test itself. A context of its own (closed after), since the issuer is configuration.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OpenIdConnectIT extends RegistryIT {

    private static final String ISSUER = "https://login.kk.example/realms/registry";
    private static final RSAKey KEY = rsaKey("registry-test");
    private static final RSAKey OTHER_KEY = rsaKey("registry-test");
    private static final RSAKey NEXT_KEY = rsaKey("registry-test-2");
    private static final String AUDIENCE = "https://registry.kk.example";
    private static final AtomicReference<String> PUBLISHED =
            new AtomicReference<>(new JWKSet(KEY.toPublicJWK()).toString());
    private static final AtomicInteger FETCHES = new AtomicInteger();
    private static final HttpServer JWKS = jwks();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("registry.security.oidc.issuer-uri", () -> ISSUER);
        registry.add(
                "registry.security.oidc.jwk-set-uri",
                () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks");
        registry.add("registry.security.oidc.role-claim", () -> "registry_role");
        registry.add("registry.security.oidc.audience", () -> AUDIENCE);
    }

    @AfterAll
    static void stopIssuer() {
        JWKS.stop(0);
    }

    @Test
    void aValidTokenSignsInAndEventsRecordItsSubject() {
        String subject = "kc-" + UUID.randomUUID();
        Api pm = bearer(token(KEY, claims -> claims.subject(subject)
                .claim("registry_role", "PROJECT_MANAGER")
                .claim("administration", "TMF")));

        Api.Response registered = pm.post("/api/interventions", registration("TMF"));

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("id").asText();
        JsonNode history =
                pm.get("/api/interventions/" + id + "/history").json().get("items");
        assertThat(history.get(0).get("recordedBy").asText()).isEqualTo(subject);
        assertThat(history.get(0).get("role").asText()).isEqualTo("PROJECT_MANAGER");
        assertThat(history.get(0).get("administration").asText()).isEqualTo("TMF");
    }

    @Test
    void theTokensRoleDecidesWhatItMayDo() {
        Api auditor = bearer(token(KEY, claims -> claims.claim("registry_role", List.of("auditor"))));
        assertThat(auditor.get("/api/audit/verify").status()).isEqualTo(200);
        long events = events();
        assertProblem(auditor.post("/api/interventions", registration("TMF")), 403);
        Api sof = bearer(token(
                KEY, claims -> claims.claim("registry_role", "PROJECT_MANAGER").claim("administration", "SOF")));
        assertProblem(sof.post("/api/interventions", registration("TMF")), 403);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(token(KEY, claims -> claims.claim("registry_role", "ADMIN")
                .issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))));
    }

    @Test
    void rfc9068AccessTokensAndPlainJwtsAreAccepted() {
        for (String type : new String[] {"at+jwt", "application/at+jwt", "JWT"}) {
            Api.Response read = bearer(
                            token(KEY, new JOSEObjectType(type), claims -> claims.claim("registry_role", "EVALUATOR")))
                    .get("/api/interventions");
            assertThat(read.status()).as(type + ": " + read).isEqualTo(200);
        }
        refused(token(KEY, new JOSEObjectType("id+jwt"), claims -> claims.claim("registry_role", "ADMIN")));
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() {
        refused(token(KEY, claims -> claims.claim("registry_role", "ADMIN").audience("https://mail.kk.example")));
        refused(token(KEY, claims -> claims.claim("registry_role", "ADMIN").audience((String) null)));
        Api.Response both = bearer(token(KEY, claims -> claims.claim("registry_role", "ADMIN")
                        .audience(List.of("https://mail.kk.example", AUDIENCE))))
                .get("/api/interventions");
        assertThat(both.status()).as(both.toString()).isEqualTo(200);
    }

    @Test
    void aTokenExpiredBeyondTheClockSkewIsRefused() {
        refused(token(KEY, claims -> claims.claim("registry_role", "ADMIN")
                .issueTime(Date.from(Instant.now().minusSeconds(330)))
                .expirationTime(Date.from(Instant.now().minusSeconds(30)))));
        refused(token(KEY, claims -> claims.claim("registry_role", "ADMIN")
                .notBeforeTime(Date.from(Instant.now().plusSeconds(30)))));
    }

    @Test
    void keysAreCachedAndRefetchedWhenTheIssuerRotatesThem() {
        Api admin = bearer(token(KEY, claims -> claims.claim("registry_role", "ADMIN")));
        assertThat(admin.get("/api/interventions").status()).isEqualTo(200);
        int fetches = FETCHES.get();
        assertThat(admin.get("/api/interventions").status()).isEqualTo(200);
        assertThat(FETCHES.get()).as("the key set is cached").isEqualTo(fetches);
        PUBLISHED.set(new JWKSet(NEXT_KEY.toPublicJWK()).toString());
        try {
            Api.Response rotated = bearer(token(NEXT_KEY, claims -> claims.claim("registry_role", "ADMIN")))
                    .get("/api/interventions");
            assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
            assertThat(FETCHES.get())
                    .as("an unknown kid fetches the key set again")
                    .isGreaterThan(fetches);
            refused(token(KEY, claims -> claims.claim("registry_role", "ADMIN")));
        } finally {
            PUBLISHED.set(new JWKSet(KEY.toPublicJWK()).toString());
        }
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refused(token(KEY, claims -> claims.claim("registry_role", "ADMIN").issuer("https://evil.example")));
    }

    @Test
    void aTokenWithAnotherSignatureIsRefused() {
        refused(token(OTHER_KEY, claims -> claims.claim("registry_role", "ADMIN")));
    }

    @Test
    void aTokenWithoutARegistryRoleIsRefused() {
        refused(token(KEY, claims -> claims.claim("groups", List.of("staff"))));
        refused(token(KEY, claims -> claims.claim("registry_role", "SYSTEM")));
        refused(token(KEY, claims -> claims.claim("registry_role", List.of("ADMIN", "AUDITOR"))));
        refused(token(KEY, claims -> claims.claim("registry_role", "PROJECT_MANAGER")));
    }

    @Test
    void withAnIssuerNoLocalUserExists() {
        Api.Response basic = api().as("evaluator").get("/api/interventions");
        assertProblem(basic, 401);
        assertThat(basic.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(api().anonymous().get("/api/interventions"), 401);
    }

    private void refused(String token) {
        long events = events();
        Api.Response read = bearer(token).get("/api/interventions");
        assertProblem(read, 401);
        assertThat(read.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(
                bearer(token)
                        .post(
                                "/api/organisations",
                                body("name", "Boligselskabet Sjælland", "kind", "HOUSING_ASSOCIATION")),
                401);
        assertThat(events()).isEqualTo(events);
    }

    private Api bearer(String token) {
        return api().anonymous().header("Authorization", "Bearer " + token);
    }

    private static String token(RSAKey key, Consumer<JWTClaimsSet.Builder> claims) {
        return token(key, JOSEObjectType.JWT, claims);
    }

    private static String token(RSAKey key, JOSEObjectType type, Consumer<JWTClaimsSet.Builder> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("kc-" + UUID.randomUUID())
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
        claims.accept(builder);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(type)
                        .keyID(key.getKeyID())
                        .build(),
                builder.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static Map<String, Object> registration(String lead) {
        return Bodies.registration("Natteravne i Mjølnerparken " + UUID.randomUUID(), lead, "2021-01-01", "2023-12-31");
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer jwks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks", exchange -> {
                FETCHES.incrementAndGet();
                byte[] bytes = PUBLISHED.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
