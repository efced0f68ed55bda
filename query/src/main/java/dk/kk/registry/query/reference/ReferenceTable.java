package dk.kk.registry.query.reference;

/** The kinds of reference data that share the {@code reference_item} table. */
enum ReferenceTable {
    ORGANISATION,
    AREA,
    POLICY,
    INDICATOR,
    SOURCE
}
