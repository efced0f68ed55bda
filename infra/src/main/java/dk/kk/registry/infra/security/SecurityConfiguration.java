package dk.kk.registry.infra.security;

import dk.kk.registry.infra.web.ProblemResponses;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what (API.md, "Sign-in and roles"). The API is stateless HTTP Basic, so it carries no CSRF token;
 * which interventions a project manager may change is the aggregate's rule, since it depends on the partners.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String PM = "PROJECT_MANAGER";
    private static final String EVALUATOR = "EVALUATOR";
    private static final String AUDITOR = "AUDITOR";
    private static final String ADMIN = "ADMIN";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problems.write(response, HttpStatus.UNAUTHORIZED, "Not signed in",
                                "sign in with HTTP Basic", true)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                HttpStatus.UNAUTHORIZED, "Not signed in", "sign in with HTTP Basic", true))
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                HttpStatus.FORBIDDEN, "Not allowed", "your role may not do this", false)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/api/audit/**").hasAnyRole(AUDITOR, ADMIN)
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/interventions/*/evaluations").hasAnyRole(PM, EVALUATOR)
                        .requestMatchers(HttpMethod.POST, "/api/interventions", "/api/interventions/**").hasRole(PM)
                        .requestMatchers(HttpMethod.POST, "/api/goals", "/api/goals/**", "/api/measurements",
                                "/api/measurements/**").hasAnyRole(EVALUATOR, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/organisations", "/api/areas", "/api/areas/**",
                                "/api/policies", "/api/policies/**", "/api/indicators").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/indicators/*/redefinitions").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/screenings", "/api/screenings/**").hasRole(ADMIN)
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder(new BCryptPasswordEncoder(), Duration.ofMinutes(10), Clock.systemUTC());
    }
}
