package dk.kk.registry.infra.security;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * One {@link LoginThrottle} for every login path. Outcomes come from Spring Security's authentication events, which
 * every password check publishes (HTTP Basic, a login form), so a new login path only needs the refusal filter.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(LoginThrottle.Settings.class)
class LoginThrottleConfiguration {

    @Bean
    LoginThrottle loginThrottle(LoginThrottle.Settings settings) {
        return new LoginThrottle(settings, Clock.systemUTC());
    }

    @Bean
    LoginOutcomes loginOutcomes(LoginThrottle throttle) {
        return new LoginOutcomes(throttle);
    }

    /** Counts password sign-ins only: a rejected bearer token is not a guess at anyone's password. */
    static final class LoginOutcomes {

        private final LoginThrottle throttle;

        LoginOutcomes(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @EventListener
        void failed(AbstractAuthenticationFailureEvent event) {
            Authentication attempt = event.getAuthentication();
            if (attempt instanceof UsernamePasswordAuthenticationToken) {
                throttle.failed(attempt.getName(), client(attempt));
            }
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
                throttle.succeeded(event.getAuthentication().getName());
            }
        }

        private static String client(Authentication attempt) {
            return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        }
    }
}
