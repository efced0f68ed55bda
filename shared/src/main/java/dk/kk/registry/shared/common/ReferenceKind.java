package dk.kk.registry.shared.common;

/** The kinds of thing a command may refer to by id. */
public enum ReferenceKind {
    ADMINISTRATION,
    ORGANISATION,
    AREA,
    POLICY,
    GOAL,
    INDICATOR,
    INTERVENTION,
    SCREENING,
    MEASUREMENT,
    DEVELOPMENT_PLAN,
    SOURCE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public String withArticle() {
        return ("aeiou".indexOf(label().charAt(0)) >= 0 ? "an " : "a ") + label();
    }
}
