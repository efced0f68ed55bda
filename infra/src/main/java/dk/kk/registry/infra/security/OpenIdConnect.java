package dk.kk.registry.infra.security;

import dk.kk.registry.shared.common.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * An OpenID Connect issuer in place of (or beside) the local users (API.md, "Sign-in and roles"): the API accepts
 * its signed JWT access tokens (RFC 9068: {@code typ} {@code at+jwt}, or {@code JWT} as most issuers write) as bearer
 * tokens and maps their claims to the registry's role and administration as a local user has them, so events record
 * the token's subject as who did it. Configured with {@code registry.security.oidc.issuer-uri} (keys found by
 * discovery) and/or {@code jwk-set-uri}, and always {@code audience}: a token the issuer made for another resource
 * is refused, so the registry does not start without one.
 * <p>
 * Keys are cached and fetched again when a token names a key id the cached set lacks (the issuer rotated its keys).
 * A token without exactly one registry role, or a project manager's without an administration, is refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties({OpenIdConnect.Properties.class, OpenIdConnect.WebProperties.class})
class OpenIdConnect {

    private static final List<String> CONFIGURING =
            List.of("registry.security.oidc.issuer-uri", "registry.security.oidc.jwk-set-uri");

    /** Spring Boot's own resource-server route, which knows nothing of the registry's audience or token types. */
    private static final List<String> SPRING_ROUTE = List.of(
            "spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
            "spring.security.oauth2.resourceserver.jwt.public-key-location");

    /** The name of the registry's own decoder, the only one that turns bearer tokens on. */
    static final String DECODER = "registryJwtDecoder";

    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    /** RFC 9068's media type for access tokens, in its short and long form, and the plain JWT most issuers write. */
    private static final Set<String> TOKEN_TYPES = Set.of("at+jwt", "application/at+jwt", "jwt");

    /**
     * Claim names may be paths into nested claims, e.g. {@code realm_access.roles}. With a role mapping only the
     * mapped names count (a group that happens to be called "admin" grants nothing); without one, the claim must
     * name the registry's roles themselves. The administration mapping works alike.
     */
    @ConfigurationProperties("registry.security.oidc")
    record Properties(
            String issuerUri,
            String jwkSetUri,
            String audience,
            @DefaultValue("5s") Duration clockSkew,
            @DefaultValue("roles") String roleClaim,
            @DefaultValue("administration") String administrationClaim,
            @DefaultValue("sub") String usernameClaim,
            Map<String, String> roleMapping,
            Map<String, String> administrationMapping) {

        Properties {
            roleMapping = lowerCaseKeys(roleMapping);
            administrationMapping = lowerCaseKeys(administrationMapping);
        }

        private static Map<String, String> lowerCaseKeys(Map<String, String> mapping) {
            Map<String, String> lower = new LinkedHashMap<>();
            if (mapping != null) {
                mapping.forEach((name, value) -> lower.put(
                        name.strip().toLowerCase(Locale.ROOT), value.strip().toUpperCase(Locale.ROOT)));
            }
            return Map.copyOf(lower);
        }
    }

    /**
     * The web UI as a client of the provider (authorization code with PKCE): its client id and secret at the
     * provider, the name the login page offers ("Log ind med …"), and where the provider sends the browser after
     * signing out (registered at the provider as a post-logout redirect URI).
     */
    @ConfigurationProperties("registry.security.oidc")
    record WebProperties(
            String clientId,
            String clientSecret,
            @DefaultValue("OpenID Connect") String providerName,
            @DefaultValue("{baseUrl}/login?logout") String postLogoutRedirectUri,
            @DefaultValue({"openid", "profile"}) List<String> scopes) {}

    static boolean configured(Environment environment) {
        return CONFIGURING.stream().anyMatch(name -> StringUtils.hasText(environment.getProperty(name)))
                || SPRING_ROUTE.stream().anyMatch(name -> StringUtils.hasText(environment.getProperty(name)));
    }

    /** Whether an issuer is configured, so that the API takes bearer tokens. */
    static final class Configured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return configured(context.getEnvironment());
        }
    }

    @Bean(DECODER)
    @Conditional(Configured.class)
    JwtDecoder registryJwtDecoder(Properties properties, Environment environment) {
        check(properties, environment);
        OAuth2TokenValidator<Jwt> validator = validator(properties);
        if (!StringUtils.hasText(properties.jwkSetUri())) {
            // discovery on first use, so that the registry starts while the issuer is briefly away
            return new SupplierJwtDecoder(
                    () -> decoder(NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()), validator));
        }
        return decoder(NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()), validator);
    }

    private static void check(Properties properties, Environment environment) {
        for (String name : SPRING_ROUTE) {
            if (StringUtils.hasText(environment.getProperty(name))) {
                throw new IllegalStateException(name + " is not read by the registry: configure "
                        + "registry.security.oidc.issuer-uri (or jwk-set-uri) and registry.security.oidc.audience");
            }
        }
        if (!StringUtils.hasText(properties.audience())) {
            throw new IllegalStateException("registry.security.oidc.audience is required with an OpenID Connect "
                    + "issuer: the registry's identifier as the issuer writes it in the aud claim of the access "
                    + "tokens it makes for the registry (tokens for any other audience are refused)");
        }
        if (properties.clockSkew().isNegative() || properties.clockSkew().compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalStateException("registry.security.oidc.clock-skew must lie between 0 and " + MAX_CLOCK_SKEW
                    + " (default 5s), not " + properties.clockSkew());
        }
        properties.roleMapping().forEach((name, role) -> {
            if (Role.PROJECT_MANAGER.name().equals(role)
                    || Role.EVALUATOR.name().equals(role)
                    || Role.AUDITOR.name().equals(role)
                    || Role.ADMIN.name().equals(role)) {
                return;
            }
            throw new IllegalStateException("registry.security.oidc.role-mapping." + name + " must be one of "
                    + "PROJECT_MANAGER, EVALUATOR, AUDITOR, ADMIN, not " + role);
        });
    }

    private static NimbusJwtDecoder decoder(
            NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder builder, OAuth2TokenValidator<Jwt> validator) {
        // Nimbus's own typ check admits only JWT; the validator below admits RFC 9068's at+jwt as well.
        NimbusJwtDecoder decoder = builder.validateType(false)
                .jwsAlgorithms(algorithms -> algorithms.addAll(List.of(
                        SignatureAlgorithm.RS256,
                        SignatureAlgorithm.RS384,
                        SignatureAlgorithm.RS512,
                        SignatureAlgorithm.PS256,
                        SignatureAlgorithm.PS384,
                        SignatureAlgorithm.PS512,
                        SignatureAlgorithm.ES256,
                        SignatureAlgorithm.ES384,
                        SignatureAlgorithm.ES512)))
                .build();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(Properties properties) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(OpenIdConnect::typeValidator);
        validators.add(new JwtTimestampValidator(properties.clockSkew()));
        if (StringUtils.hasText(properties.issuerUri())) {
            validators.add(new JwtIssuerValidator(properties.issuerUri()));
        }
        validators.add(new JwtAudienceValidator(properties.audience()));
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static OAuth2TokenValidatorResult typeValidator(Jwt jwt) {
        Object type = jwt.getHeaders().get("typ");
        if (type == null || TOKEN_TYPES.contains(type.toString().toLowerCase(Locale.ROOT))) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(
                OAuth2ErrorCodes.INVALID_TOKEN, "the token's typ " + type + " is neither at+jwt nor JWT", null));
    }

    @Bean
    @ConditionalOnProperty("registry.security.oidc.client-id")
    ProviderSignIn providerSignIn(Properties properties, WebProperties web, JwtClaimsToActor claimsToActor) {
        if (!StringUtils.hasText(properties.issuerUri())) {
            throw new IllegalStateException("registry.security.oidc.client-id signs the web UI in through the "
                    + "provider at registry.security.oidc.issuer-uri, which is not set");
        }
        return new ProviderSignIn(properties, web, claimsToActor);
    }

    @Bean
    JwtClaimsToActor jwtClaimsToActor(Properties properties) {
        return new JwtClaimsToActor(properties);
    }

    /** Maps a verified token to the authorities {@link CurrentActor} reads. */
    static final class JwtClaimsToActor implements Converter<Jwt, AbstractAuthenticationToken> {

        private final Properties properties;
        private final JwtAuthenticationConverter delegate = new JwtAuthenticationConverter();

        JwtClaimsToActor(Properties properties) {
            this.properties = properties;
            delegate.setPrincipalClaimName(properties.usernameClaim());
            delegate.setJwtGrantedAuthoritiesConverter(jwt -> authorities(jwt.getClaims()));
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            return delegate.convert(jwt);
        }

        String usernameClaim() {
            return properties.usernameClaim();
        }

        /**
         * The role and administration the claims (of an access token, an ID token or userinfo) give, or
         * {@link InvalidBearerTokenException} when they give no role, two, or a project manager no administration.
         */
        Collection<GrantedAuthority> authorities(Map<String, Object> claims) {
            List<Role> roles = new ArrayList<>();
            for (String value : values(claim(claims, properties.roleClaim()))) {
                String name = mapped(value, properties.roleMapping());
                if (name == null) {
                    continue;
                }
                name = name.replaceFirst("^ROLE_", "");
                for (Role role : Role.values()) {
                    if (role != Role.SYSTEM && role.name().equals(name) && !roles.contains(role)) {
                        roles.add(role);
                    }
                }
            }
            if (roles.size() != 1) {
                throw new InvalidBearerTokenException(
                        "the token must carry exactly one registry role in claim '" + properties.roleClaim() + "'");
            }
            List<String> administrations = new ArrayList<>();
            for (String value : values(claim(claims, properties.administrationClaim()))) {
                String administration = mapped(value, properties.administrationMapping());
                if (administration != null && !administrations.contains(administration)) {
                    administrations.add(administration);
                }
            }
            if (administrations.size() > 1) {
                throw new InvalidBearerTokenException("the token carries more than one administration");
            }
            if (roles.get(0) == Role.PROJECT_MANAGER && administrations.isEmpty()) {
                throw new InvalidBearerTokenException("a project manager's token must name an administration in "
                        + "claim '" + properties.administrationClaim() + "'");
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + roles.get(0).name()));
            administrations.forEach(
                    a -> authorities.add(new SimpleGrantedAuthority(CurrentActor.ADMINISTRATION_PREFIX + a)));
            return authorities;
        }

        /** The value as the registry names it: through the mapping when there is one, else as it stands. */
        private static String mapped(String value, Map<String, String> mapping) {
            String name = value.strip();
            if (mapping.isEmpty()) {
                return name.toUpperCase(Locale.ROOT);
            }
            return mapping.get(name.toLowerCase(Locale.ROOT));
        }

        private static Object claim(Map<String, Object> claims, String path) {
            Object value = claims;
            for (String part : path.split("\\.")) {
                if (!(value instanceof Map<?, ?> map)) {
                    return null;
                }
                value = map.get(part);
            }
            return value;
        }

        private static List<String> values(Object claim) {
            if (claim instanceof String text) {
                return text.isBlank() ? List.of() : List.of(text.split("[\\s,]+"));
            }
            if (claim instanceof Collection<?> many) {
                return many.stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .filter(s -> !s.isBlank())
                        .toList();
            }
            return List.of();
        }
    }
}
