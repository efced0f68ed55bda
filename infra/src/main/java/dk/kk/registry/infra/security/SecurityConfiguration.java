package dk.kk.registry.infra.security;

import dk.kk.registry.infra.http.ProblemResponses;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what (API.md, "Sign-in and roles"). The API is stateless HTTP Basic (or bearer tokens from an OpenID
 * Connect issuer, see {@link OpenIdConnect}), so it carries no CSRF token; which interventions a project manager may
 * change is the aggregate's rule, since it depends on the partners. Repeated failed sign-ins meet the
 * {@link LoginThrottle}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String PM = "PROJECT_MANAGER";
    private static final String EVALUATOR = "EVALUATOR";
    private static final String AUDITOR = "AUDITOR";
    private static final String ADMIN = "ADMIN";
    private static final Set<String> STANDARD_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            ProblemResponses problems,
            LoginThrottle throttle,
            @Qualifier(OpenIdConnect.DECODER) ObjectProvider<JwtDecoder> jwtDecoder,
            OpenIdConnect.JwtClaimsToActor claimsToActor,
            MappedMethods mapped)
            throws Exception {
        // The registry's own decoder only: another on the classpath (an authorization server's) must not turn it on.
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        AuthenticationEntryPoint notSignedIn;
        if (decoder != null) {
            // With an OpenID Connect issuer no local user exists (API.md): bearer tokens only, no HTTP Basic.
            BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
            notSignedIn = (request, response, e) -> {
                bearer.commence(request, response, e);
                problems.write(
                        response,
                        HttpStatus.UNAUTHORIZED,
                        "Not signed in",
                        e instanceof OAuth2AuthenticationException
                                ? "the bearer token was refused: " + e.getMessage()
                                : "send an access token from the OpenID Connect issuer as a bearer token",
                        false);
            };
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(claimsToActor))
                    .authenticationEntryPoint(notSignedIn));
        } else {
            notSignedIn = (request, response, e) ->
                    problems.write(response, HttpStatus.UNAUTHORIZED, "Not signed in", "sign in with HTTP Basic", true);
            http.addFilterBefore(LoginThrottleFilter.basic(throttle, problems), BasicAuthenticationFilter.class)
                    .httpBasic(basic -> basic.authenticationEntryPoint(notSignedIn));
        }
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(notSignedIn)
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response, HttpStatus.FORBIDDEN, "Not allowed", "your role may not do this", false)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(nosniff -> {})
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/error")
                        .permitAll()
                        // no operation takes it: once signed in, 404 or 405 with Allow, not a role's 403
                        .requestMatchers(mapped.unmapped("/api/"))
                        .authenticated()
                        .requestMatchers("/actuator/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/api/audit/**")
                        .hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers("/api/admin/**")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAnyRole(PM, EVALUATOR, AUDITOR, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/interventions/*/evaluations")
                        .hasAnyRole(PM, EVALUATOR)
                        .requestMatchers(HttpMethod.POST, "/api/interventions", "/api/interventions/**")
                        .hasRole(PM)
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/development-plans/*/measures",
                                "/api/development-plans/*/mapped-interventions",
                                "/api/development-plans/*/follow-ups")
                        .hasAnyRole(PM, EVALUATOR, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/development-plans", "/api/development-plans/**")
                        .hasAnyRole(EVALUATOR, ADMIN)
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/goals",
                                "/api/goals/**",
                                "/api/measurements",
                                "/api/measurements/**")
                        .hasAnyRole(EVALUATOR, ADMIN)
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/organisations",
                                "/api/areas",
                                "/api/areas/**",
                                "/api/policies",
                                "/api/policies/**",
                                "/api/indicators")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/indicators/*/redefinitions")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/screenings", "/api/screenings/**")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/sources")
                        .hasAnyRole(PM, EVALUATOR, ADMIN)
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    /**
     * A request the firewall refuses (an encoded slash, '%', ';' or backslash, a dot or empty segment, a verb no one
     * takes) goes to the error page as a 400, or a 405 with the path's methods, and so gets problem details or the
     * UI's page. The error dispatch itself has the original verb: a firewall that refused it there would leave the
     * answer empty.
     */
    @Bean
    WebSecurityCustomizer refusedRequests(MappedMethods mapped) {
        StrictHttpFirewall requests = new StrictHttpFirewall();
        StrictHttpFirewall errorDispatches = new StrictHttpFirewall();
        errorDispatches.setUnsafeAllowAnyHttpMethod(true);
        HttpFirewall firewall = new HttpFirewall() {
            @Override
            public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
                return (request.getDispatcherType() == DispatcherType.ERROR ? errorDispatches : requests)
                        .getFirewalledRequest(request);
            }

            @Override
            public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
                return requests.getFirewalledResponse(response);
            }
        };
        return web -> web.httpFirewall(firewall).requestRejectedHandler((request, response, e) -> {
            if (STANDARD_METHODS.contains(request.getMethod())) {
                boolean header = e.getMessage() != null && e.getMessage().contains("header");
                request.setAttribute(ProblemResponses.REFUSED_PART, header ? "headers" : "path");
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
            Set<String> allowed = mapped.allowed(request);
            if (allowed.isEmpty()) {
                response.sendError(HttpStatus.NOT_FOUND.value());
            } else {
                response.setHeader(HttpHeaders.ALLOW, String.join(", ", allowed));
                response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
            }
        });
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder(new BCryptPasswordEncoder(), Duration.ofMinutes(10), Clock.systemUTC());
    }
}
