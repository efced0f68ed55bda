package dk.kk.registry.shared.comparison;

/** An intervention named in an answer about something else: its id, to follow it, and its title, to show it. */
public record InterventionReference(String id, String title) {
}
