package dk.kk.registry.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kk.registry.infra.config.EmbeddedProfile;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Who can sign in, depending on where the registry runs: demo users only on the embedded default. */
class IdentityConfigurationTest {

    private static final String HASH = new BCryptPasswordEncoder(4).encode("hemmelig");

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withUserConfiguration(Encoder.class, RegistryUsers.class, OpenIdConnect.class);

    @Configuration(proxyBeanMethods = false)
    static class Encoder {
        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder(4);
        }
    }

    @Test
    void theEmbeddedProfileBringsTheDemoUsers() {
        runner.withPropertyValues("spring.profiles.active=" + EmbeddedProfile.NAME)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    UserDetailsService users = context.getBean(UserDetailsService.class);
                    for (String demo : new String[] {"pm.tmf", "pm.sof", "evaluator", "auditor", "admin"}) {
                        assertThat(users.loadUserByUsername(demo).getPassword()).startsWith("$2");
                    }
                });
    }

    @Test
    void outsideTheEmbeddedProfileTheRegistryRefusesToStartWithoutAnIdentityConfiguration() {
        runner.run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("No identity is configured"));
    }

    @Test
    void configuredUsersReplaceTheDemoUsers() {
        runner.withPropertyValues(
                        "registry.security.users[0].username=kari",
                        "registry.security.users[0].password-hash=" + HASH,
                        "registry.security.users[0].role=PROJECT_MANAGER",
                        "registry.security.users[0].administration=KFF")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    UserDetailsService users = context.getBean(UserDetailsService.class);
                    assertThat(users.loadUserByUsername("kari").getAuthorities())
                            .extracting(Object::toString)
                            .containsExactlyInAnyOrder("ROLE_PROJECT_MANAGER", "ADMINISTRATION_KFF");
                    assertThatThrownBy(() -> users.loadUserByUsername("pm.tmf"))
                            .isInstanceOf(UsernameNotFoundException.class);
                });
    }

    @Test
    void aConfiguredPasswordMustBeABcryptHash() {
        runner.withPropertyValues(
                        "registry.security.users[0].username=kari",
                        "registry.security.users[0].password-hash=hemmelig",
                        "registry.security.users[0].role=ADMIN")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("not a bcrypt hash"));
    }

    @Test
    void anOpenIdConnectIssuerIsEnoughWithoutLocalUsers() {
        runner.withPropertyValues(
                        "registry.security.oidc.jwk-set-uri=http://localhost:1/jwks",
                        "registry.security.oidc.issuer-uri=https://login.example.dk/realms/kk",
                        "registry.security.oidc.audience=https://registry.kk.dk")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThatThrownBy(() ->
                                    context.getBean(UserDetailsService.class).loadUserByUsername("admin"))
                            .isInstanceOf(UsernameNotFoundException.class);
                });
    }

    @Test
    void anOpenIdConnectIssuerWithoutAnAudienceRefusesToStart() {
        runner.withPropertyValues("registry.security.oidc.issuer-uri=https://login.example.dk/realms/kk")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("registry.security.oidc.audience"));
    }

    @Test
    void springsOwnResourceServerPropertiesAreRefusedForTheRegistrysOwn() {
        runner.withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=https://login.example.dk/kk")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("registry.security.oidc.issuer-uri"));
    }

    @Test
    void aClockSkewAboveFiveMinutesIsRefused() {
        runner.withPropertyValues(
                        "registry.security.oidc.issuer-uri=https://login.example.dk/realms/kk",
                        "registry.security.oidc.audience=https://registry.kk.dk",
                        "registry.security.oidc.clock-skew=10m")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("clock-skew"));
    }

    @Test
    void withAnIssuerNotEvenTheEmbeddedDemoUsersExist() {
        runner.withPropertyValues(
                        "spring.profiles.active=" + EmbeddedProfile.NAME,
                        "registry.security.oidc.issuer-uri=https://login.example.dk/realms/kk",
                        "registry.security.oidc.audience=https://registry.kk.dk")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThatThrownBy(() ->
                                    context.getBean(UserDetailsService.class).loadUserByUsername("pm.tmf"))
                            .isInstanceOf(UsernameNotFoundException.class);
                });
    }

    @Test
    void configuredUsersBesideAnIssuerRefuseToStart() {
        runner.withPropertyValues(
                        "registry.security.oidc.issuer-uri=https://login.example.dk/realms/kk",
                        "registry.security.oidc.audience=https://registry.kk.dk",
                        "registry.security.users[0].username=kari",
                        "registry.security.users[0].password-hash=" + HASH,
                        "registry.security.users[0].role=ADMIN")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("exclude each other"));
    }
}
