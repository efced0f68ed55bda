package dk.kk.registry.infra.security;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The name a person is shown by in the page header: a local user's {@code display-name} (the demo users have theirs),
 * a provider's user's {@code name} claim (or given and family name); the username where neither is known. The events
 * keep recording the username.
 */
public final class DisplayNames {

    private final Map<String, String> local;

    DisplayNames(Map<String, String> local) {
        this.local = Map.copyOf(local);
    }

    public String of(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        if (authentication.getPrincipal() instanceof OidcUser user) {
            if (user.getFullName() != null && !user.getFullName().isBlank()) {
                return user.getFullName();
            }
            if (user.getGivenName() != null && user.getFamilyName() != null) {
                return user.getGivenName() + " " + user.getFamilyName();
            }
        }
        return local.getOrDefault(authentication.getName(), authentication.getName());
    }
}
