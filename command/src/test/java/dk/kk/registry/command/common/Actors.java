package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Role;
import java.util.Locale;
import org.axonframework.messaging.MetaData;

/** The metadata the web layer puts on a command for a signed-in user. Without it the actor is the registry itself. */
public final class Actors {

    private Actors() {}

    public static MetaData projectManagerOf(String administration) {
        return signedIn(Role.PROJECT_MANAGER, administration);
    }

    public static MetaData signedIn(Role role, String administration) {
        return MetaData.with(AuditMetadata.USER, role.name().toLowerCase(Locale.ROOT) + "@" + administration)
                .and(AuditMetadata.ROLE, role.name())
                .and(AuditMetadata.ADMINISTRATION, administration);
    }
}
