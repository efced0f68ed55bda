package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.ReferenceKind;

/**
 * Answers whether a referenced thing exists, consistently with the event store: a command that names an area,
 * organisation, goal or indicator is checked against what has been recorded, not against a lagging read model.
 */
public interface ReferenceCatalog {

    boolean exists(ReferenceKind kind, String id);

    /** The kind of thing recorded under an id, if any; used to refuse reusing an id for something else. */
    java.util.Optional<ReferenceKind> kindOf(String id);

    default void require(ReferenceKind kind, String id, String field) {
        if (id == null || id.isBlank()) {
            throw new RuleViolation("ReferencesMustExist", field, field + " is required");
        }
        if (!exists(kind, id)) {
            throw new RuleViolation("ReferencesMustExist", field, "unknown " + kind.label() + " '" + id + "'");
        }
    }
}
