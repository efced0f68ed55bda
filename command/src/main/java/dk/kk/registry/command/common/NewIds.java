package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.ReferenceKind;

/** Every id names one thing: a create refuses an id already recorded, whatever kind of thing holds it. */
public final class NewIds {

    private NewIds() {}

    public static void requireUnused(ReferenceCatalog catalog, String id, ReferenceKind kind) {
        catalog.kindOf(id).ifPresent(existing -> {
            throw new AlreadyRecorded(
                    existing == kind
                            ? kind.label() + " '" + id + "' already exists"
                            : "'" + id + "' is already the id of " + existing.withArticle());
        });
    }

    public static void requireText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("RequiredFields", field, field + " is required");
        }
        if (value.length() > max) {
            throw new RuleViolation("TextLimits", field, field + " is longer than " + max + " characters");
        }
    }

    /**
     * A name users pick from has a letter or a digit: "*" or "--" names nothing that could be told apart from
     * another.
     */
    public static void requireName(String value, String field, int max) {
        requireText(value, field, max);
        if (value.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new RuleViolation("NamesSaySomething", field, field + " has no letter or digit");
        }
    }

    public static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new RuleViolation("RequiredFields", field, field + " is required");
        }
    }
}
