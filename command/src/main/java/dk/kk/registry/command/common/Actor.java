package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Role;
import java.util.Map;

/** Who is issuing a command, as the metadata of the command says. */
public record Actor(String user, Role role, String administration) {

    public static Actor from(Map<String, ?> metaData) {
        Object role = metaData.get(AuditMetadata.ROLE);
        Object admin = metaData.get(AuditMetadata.ADMINISTRATION);
        Object user = metaData.get(AuditMetadata.USER);
        return new Actor(
                user == null ? null : user.toString(),
                role == null ? Role.SYSTEM : Role.valueOf(role.toString()),
                admin == null ? null : admin.toString());
    }

    public boolean isProjectManager() {
        return role == Role.PROJECT_MANAGER;
    }
}
