package dk.kk.registry.infra.ui;

import dk.kk.registry.infra.security.MappedMethods;
import dk.kk.registry.infra.security.ProviderSignIn;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The web UI's sign-in: a login form, a session and a CSRF token on every form. It runs before the API's chain and
 * takes only the UI's paths, so the API stays stateless HTTP Basic. The same users sign in to both. With an OpenID
 * provider there is no login form: people sign in and out through the provider ({@link ProviderSignIn}).
 *
 * <p>The SVG charts live under {@code /api/charts}; a page embeds them as {@code <img>}, which a browser fetches with
 * the session cookie and no Basic credentials. Such a request is the UI's, so this chain takes it too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UiSecurityConfiguration {

    static final String PM = "PROJECT_MANAGER";
    static final String EVALUATOR = "EVALUATOR";
    static final String AUDITOR = "AUDITOR";
    static final String ADMIN = "ADMIN";

    /** Paths of the API, its description and the operators' endpoints: the API chain's, never the UI's. */
    private static final String[] NOT_UI = {"/api/", "/actuator", "/v3/api-docs", "/swagger-ui", "/error"};

    @Bean
    @Order(1)
    SecurityFilterChain ui(
            HttpSecurity http,
            MappedMethods mapped,
            ObjectProvider<ProviderSignIn> providerSignIn,
            Environment environment)
            throws Exception {
        http.securityMatcher(UiSecurityConfiguration.uiRequests()).logout(logout -> logout.logoutUrl("/logout")
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("JSESSIONID")
                .permitAll());
        ProviderSignIn provider = providerSignIn.getIfAvailable();
        // Signing out posts to the registry, which redirects to the provider: a form's redirect is bound by
        // form-action too, so the provider's origin must be allowed.
        String formAction = provider == null ? "'self'" : "'self' " + provider.origin();
        if (provider != null) {
            provider.configure(http);
        } else if (!ProviderSignIn.issuerConfigured(environment)) {
            http.formLogin(form ->
                    form.loginPage("/login").defaultSuccessUrl("/", true).permitAll());
        }
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; form-action " + formAction + "; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/css/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/login", ProviderSignIn.NO_ROLE_PAGE)
                        .permitAll()
                        // no page takes it: a signed-in user learns 404 or 405 (MappedMethods), whatever the role
                        .requestMatchers(mapped.unmapped("/"))
                        .authenticated()
                        // The auditor's view of the past; any page then reads as of that instant.
                        .requestMatchers("/as-of", "/as-of/**")
                        .hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers("/audit/**")
                        .hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers("/admin/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/interventions/*/evaluations", "/interventions/*/evaluations/**")
                        .hasAnyRole(PM, EVALUATOR)
                        .requestMatchers("/interventions/new", "/interventions/*/*", "/interventions/*/*/**")
                        .hasRole(PM)
                        .requestMatchers(HttpMethod.POST, "/interventions")
                        .hasRole(PM)
                        .requestMatchers("/sources/new")
                        .hasAnyRole(PM, EVALUATOR, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/sources")
                        .hasAnyRole(PM, EVALUATOR, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/plans/*/measures")
                        .hasAnyRole(PM, EVALUATOR, ADMIN)
                        .requestMatchers("/plans/*/mapping", "/plans/*/measure", "/plans/*/follow-up")
                        .hasAnyRole(PM, EVALUATOR, ADMIN)
                        .requestMatchers(
                                "/plans/*/status",
                                "/plans/*/analysis",
                                "/plans/*/goal",
                                "/plans/*/new-goal",
                                "/plans/*/evaluation",
                                "/plans/*/follow-ups/*/correction",
                                "/plans/*/mapped/*/removal",
                                "/plans/*/goals/*/removal",
                                "/plans/*/measures/*/removal")
                        .hasAnyRole(EVALUATOR, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    /**
     * Everything but the API's paths, and the charts when a browser asks with its session and without Basic
     * credentials (a client of the API that sends them keeps the API's chain).
     */
    static RequestMatcher uiRequests() {
        return request -> {
            String path = pathOf(request);
            if (path.startsWith("/api/charts/")) {
                return request.getHeader("Authorization") == null && request.getRequestedSessionId() != null;
            }
            return isPage(path);
        };
    }

    /** A path of the UI's pages, whose failures are pages too; every other path is the API's or the operators'. */
    static boolean isPage(String path) {
        for (String prefix : NOT_UI) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
