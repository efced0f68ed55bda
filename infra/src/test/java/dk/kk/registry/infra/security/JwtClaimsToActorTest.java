package dk.kk.registry.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** How a verified token's claims become the registry's role and administration. */
class JwtClaimsToActorTest {

    @Test
    void theRoleAndAdministrationAreReadFromNamedClaims() {
        OpenIdConnect.JwtClaimsToActor direct =
                new OpenIdConnect.JwtClaimsToActor(properties("roles", "administration", Map.of(), Map.of()));

        assertThat(authorities(direct, Map.of("roles", List.of("project_manager"), "administration", "tmf")))
                .containsExactly("ROLE_PROJECT_MANAGER", "ADMINISTRATION_TMF");
        assertThat(authorities(direct, Map.of("roles", "ROLE_AUDITOR"))).containsExactly("ROLE_AUDITOR");
    }

    @Test
    void aDottedPathReadsANestedClaimAsKeycloaksRealmRoles() {
        OpenIdConnect.JwtClaimsToActor keycloak = new OpenIdConnect.JwtClaimsToActor(
                properties("realm_access.roles", "attributes.administration", Map.of(), Map.of()));

        assertThat(authorities(
                        keycloak,
                        Map.of(
                                "realm_access",
                                Map.of("roles", List.of("offline_access", "EVALUATOR")),
                                "attributes",
                                Map.of("administration", List.of("SOF")))))
                .containsExactly("ROLE_EVALUATOR", "ADMINISTRATION_SOF");
    }

    @Test
    void aMappingTurnsGroupOrAppRoleNamesIntoRolesAndAdministrations() {
        OpenIdConnect.JwtClaimsToActor entra = new OpenIdConnect.JwtClaimsToActor(properties(
                "roles",
                "groups",
                Map.of(
                        "Registry.ProjectManager",
                        "PROJECT_MANAGER",
                        "Registry.Evaluator",
                        "EVALUATOR",
                        "Registry.Analyst",
                        "EVALUATOR"),
                Map.of("3f2c-tmf", "TMF", "91ab-sof", "SOF")));

        assertThat(authorities(
                        entra,
                        Map.of(
                                "roles",
                                List.of("registry.projectmanager"),
                                "groups",
                                List.of("0000-staff", "3f2c-tmf"))))
                .containsExactly("ROLE_PROJECT_MANAGER", "ADMINISTRATION_TMF");
        assertThat(authorities(entra, Map.of("roles", List.of("Registry.Evaluator", "Registry.Analyst"))))
                .as("two names for one role are one role")
                .containsExactly("ROLE_EVALUATOR");
    }

    @Test
    void withAMappingOnlyMappedNamesCount() {
        OpenIdConnect.JwtClaimsToActor entra = new OpenIdConnect.JwtClaimsToActor(
                properties("roles", "groups", Map.of("Registry.Evaluator", "EVALUATOR"), Map.of("3f2c-tmf", "TMF")));

        assertThatThrownBy(() -> authorities(entra, Map.of("roles", List.of("ADMIN"))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThat(authorities(entra, Map.of("roles", List.of("Registry.Evaluator", "ADMIN"), "groups", "TMF")))
                .containsExactly("ROLE_EVALUATOR");
    }

    @Test
    void noRoleTwoRolesOrAProjectManagerWithoutAdministrationIsRefused() {
        OpenIdConnect.JwtClaimsToActor direct =
                new OpenIdConnect.JwtClaimsToActor(properties("roles", "administration", Map.of(), Map.of()));

        for (Map<String, Object> claims : List.<Map<String, Object>>of(
                Map.of("groups", "staff"),
                Map.of("roles", "SYSTEM"),
                Map.of("roles", List.of("ADMIN", "AUDITOR")),
                Map.of("roles", "PROJECT_MANAGER"),
                Map.of("roles", "PROJECT_MANAGER", "administration", List.of("TMF", "SOF")))) {
            assertThatThrownBy(() -> authorities(direct, claims))
                    .as(claims.toString())
                    .isInstanceOf(InvalidBearerTokenException.class);
        }
    }

    private static List<String> authorities(OpenIdConnect.JwtClaimsToActor converter, Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("someone")
                .claims(c -> c.putAll(claims))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        return converter.convert(jwt).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    private static OpenIdConnect.Properties properties(
            String roleClaim,
            String administrationClaim,
            Map<String, String> roleMapping,
            Map<String, String> administrationMapping) {
        return new OpenIdConnect.Properties(
                "https://login.example.dk",
                null,
                "https://registry.kk.dk",
                Duration.ofSeconds(5),
                roleClaim,
                administrationClaim,
                "sub",
                roleMapping,
                administrationMapping);
    }
}
