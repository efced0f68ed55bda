package dk.kk.registry.infra.security;

import dk.kk.registry.infra.config.EmbeddedProfile;
import dk.kk.registry.shared.common.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Local users. The embedded profile brings the demo users of API.md (password {@code demo}); elsewhere users come
 * from configuration ({@code registry.security.users}, bcrypt hashes, made with {@code java -jar registry.jar
 * hash-password}), and the registry refuses to start without any unless an OpenID Connect issuer is configured
 * ({@link OpenIdConnect}). With an issuer no local user exists, not even the demo users.
 * A command-line run (an import) signs nobody in and needs none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(RegistryUsers.Properties.class)
class RegistryUsers {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    @ConfigurationProperties("registry.security")
    record Properties(List<ConfiguredUser> users) {}

    /** A configured user; {@code display-name} is what the page header shows (the username where none is given). */
    record ConfiguredUser(String username, String passwordHash, Role role, String administration, String displayName) {}

    /**
     * The demo users' display names: made up for the demo (no person of the sources), each a name so that the header
     * reads as it will with real users; the role beside it says what they may do.
     */
    static final java.util.Map<String, String> DEMO_NAMES = java.util.Map.of(
            "pm.tmf",
            "Tove Mikkelsen",
            "pm.sof",
            "Søren Friis",
            "evaluator",
            "Eva Lund",
            "auditor",
            "Aksel Revsbech",
            "admin",
            "Ada Holm");

    /** The page header's name for each local user (DisplayNames). */
    @Bean
    DisplayNames displayNames(Properties properties, Environment environment) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (!OpenIdConnect.configured(environment) && environment.acceptsProfiles(Profiles.of(EmbeddedProfile.NAME))) {
            names.putAll(DEMO_NAMES);
        }
        if (properties.users() != null) {
            for (ConfiguredUser u : properties.users()) {
                if (u.username() != null
                        && u.displayName() != null
                        && !u.displayName().isBlank()) {
                    names.put(u.username(), u.displayName().strip());
                }
            }
        }
        return new DisplayNames(names);
    }

    @Bean
    InMemoryUserDetailsManager userDetailsService(
            Properties properties, PasswordEncoder encoder, Environment environment) {
        List<UserDetails> users = new ArrayList<>();
        boolean issuer = OpenIdConnect.configured(environment);
        if (issuer && properties.users() != null && !properties.users().isEmpty()) {
            throw new IllegalStateException("registry.security.users and an OpenID Connect issuer exclude each "
                    + "other: with registry.security.oidc.issuer-uri people sign in at the issuer, and no local "
                    + "user exists");
        }
        if (!issuer && environment.acceptsProfiles(Profiles.of(EmbeddedProfile.NAME))) {
            String demo = encoder.encode("demo");
            users.add(user("pm.tmf", demo, Role.PROJECT_MANAGER, "TMF"));
            users.add(user("pm.sof", demo, Role.PROJECT_MANAGER, "SOF"));
            users.add(user("evaluator", demo, Role.EVALUATOR, null));
            users.add(user("auditor", demo, Role.AUDITOR, null));
            users.add(user("admin", demo, Role.ADMIN, null));
        }
        if (properties.users() != null) {
            for (ConfiguredUser u : properties.users()) {
                if (u.passwordHash() == null
                        || !BCRYPT.matcher(u.passwordHash()).matches()) {
                    throw new IllegalStateException("registry.security.users: the password-hash of '" + u.username()
                            + "' is not a bcrypt hash ($2a$, $2b$ or $2y$)");
                }
                if (u.role() == null || u.role() == Role.SYSTEM) {
                    throw new IllegalStateException("registry.security.users: '" + u.username()
                            + "' needs a role: PROJECT_MANAGER, EVALUATOR, AUDITOR or ADMIN");
                }
                users.add(user(u.username(), u.passwordHash(), u.role(), u.administration()));
            }
        }
        if (users.isEmpty() && !issuer) {
            throw new IllegalStateException("No identity is configured: set registry.security.users "
                    + "(username, password-hash as bcrypt, role, administration), or an OpenID Connect issuer "
                    + "(registry.security.oidc.issuer-uri or jwk-set-uri, and audience), or run on the embedded "
                    + "default");
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(String name, String hash, Role role, String administration) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        if (administration != null) {
            authorities.add(new SimpleGrantedAuthority(CurrentActor.ADMINISTRATION_PREFIX + administration));
        }
        return User.withUsername(name).password(hash).authorities(authorities).build();
    }
}
