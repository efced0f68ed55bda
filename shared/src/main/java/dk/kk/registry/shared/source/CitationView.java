package dk.kk.registry.shared.source;

/**
 * A citation as reads show it: the source's id and title (where the read knows it), the place in it, its words and a
 * note. Written as text ("Title, locator: »quotation«") where a table cell holds it.
 */
public record CitationView(String sourceId, String title, String locator, String quotation, String note) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(title != null ? title : sourceId);
        if (locator != null) {
            text.append(", ").append(locator);
        }
        if (quotation != null) {
            text.append(": »").append(quotation).append('«');
        }
        if (note != null) {
            text.append(" (").append(note).append(')');
        }
        return text.toString();
    }
}
