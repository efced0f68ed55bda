package dk.kk.registry.infra.security;

import dk.kk.registry.shared.common.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * An OpenID Connect issuer in place of (or beside) the local users (API.md, "Sign-in and roles"): the API accepts
 * its signed JWTs as bearer tokens and maps their claims to the registry's role and administration as a local user
 * has them, so events record the token's subject as who did it. Configured with
 * {@code registry.security.oidc.issuer-uri} (keys found by discovery) and/or {@code jwk-set-uri}; Spring Boot's own
 * {@code spring.security.oauth2.resourceserver.jwt.*} work as well, with the same claim mapping.
 * A token without exactly one registry role, or a project manager's without an administration, is refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(OpenIdConnect.Properties.class)
class OpenIdConnect {

    private static final List<String> CONFIGURING = List.of("registry.security.oidc.issuer-uri",
            "registry.security.oidc.jwk-set-uri", "spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
            "spring.security.oauth2.resourceserver.jwt.public-key-location");

    /** Claim names may be paths into nested claims, e.g. {@code realm_access.roles}. */
    @ConfigurationProperties("registry.security.oidc")
    record Properties(String issuerUri, String jwkSetUri, @DefaultValue("roles") String roleClaim,
            @DefaultValue("administration") String administrationClaim, @DefaultValue("sub") String usernameClaim) {
    }

    static boolean configured(Environment environment) {
        return CONFIGURING.stream().anyMatch(name -> StringUtils.hasText(environment.getProperty(name)));
    }

    @Bean
    @ConditionalOnExpression(
            "'${registry.security.oidc.issuer-uri:}' != '' or '${registry.security.oidc.jwk-set-uri:}' != ''")
    JwtDecoder registryJwtDecoder(Properties properties) {
        if (!StringUtils.hasText(properties.jwkSetUri())) {
            // discovery on first use, so that the registry starts while the issuer is briefly away
            return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(properties.issuerUri()));
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        OAuth2TokenValidator<Jwt> validator = StringUtils.hasText(properties.issuerUri())
                ? JwtValidators.createDefaultWithIssuer(properties.issuerUri())
                : new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault());
        decoder.setJwtValidator(validator);
        return decoder;
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
            delegate.setJwtGrantedAuthoritiesConverter(this::authorities);
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            return delegate.convert(jwt);
        }

        private Collection<GrantedAuthority> authorities(Jwt jwt) {
            List<Role> roles = new ArrayList<>();
            for (String value : values(claim(jwt, properties.roleClaim()))) {
                String name = value.strip().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
                for (Role role : Role.values()) {
                    if (role != Role.SYSTEM && role.name().equals(name) && !roles.contains(role)) {
                        roles.add(role);
                    }
                }
            }
            if (roles.size() != 1) {
                throw new InvalidBearerTokenException("the token must carry exactly one registry role in claim '"
                        + properties.roleClaim() + "'");
            }
            List<String> administrations = values(claim(jwt, properties.administrationClaim()));
            if (administrations.size() > 1) {
                throw new InvalidBearerTokenException("the token carries more than one administration");
            }
            if (roles.get(0) == Role.PROJECT_MANAGER && administrations.isEmpty()) {
                throw new InvalidBearerTokenException("a project manager's token must name an administration in "
                        + "claim '" + properties.administrationClaim() + "'");
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + roles.get(0).name()));
            administrations.forEach(a -> authorities.add(new SimpleGrantedAuthority(
                    CurrentActor.ADMINISTRATION_PREFIX + a.strip().toUpperCase(Locale.ROOT))));
            return authorities;
        }

        private static Object claim(Jwt jwt, String path) {
            Object value = jwt.getClaims();
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
                return many.stream().filter(String.class::isInstance).map(String.class::cast)
                        .filter(s -> !s.isBlank()).toList();
            }
            return List.of();
        }
    }
}
