package dk.kk.registry.infra.security;

import dk.kk.registry.shared.common.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user as the registry records them: name, role and administration. */
public record CurrentActor(String user, Role role, String administration) {

    static final String ADMINISTRATION_PREFIX = "ADMINISTRATION_";

    public static CurrentActor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("no signed-in user");
        }
        Role role = null;
        String administration = null;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith("ROLE_")) {
                role = Role.valueOf(name.substring("ROLE_".length()));
            } else if (name.startsWith(ADMINISTRATION_PREFIX)) {
                administration = name.substring(ADMINISTRATION_PREFIX.length());
            }
        }
        if (role == null) {
            throw new IllegalStateException("signed-in user without a role");
        }
        return new CurrentActor(authentication.getName(), role, administration);
    }
}
