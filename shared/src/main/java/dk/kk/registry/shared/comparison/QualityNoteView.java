package dk.kk.registry.shared.comparison;

/** A data-quality note on one of the values a comparison used. */
public record QualityNoteView(String area, int year, String note) {}
