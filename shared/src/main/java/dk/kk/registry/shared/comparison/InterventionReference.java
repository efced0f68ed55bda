package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.common.Certainty;

/**
 * An intervention named in an answer about something else: its id, to follow it, and its title, to show it; where the
 * answer is about a window of valid time, {@code certainty} says whether it certainly or possibly ran in it.
 */
public record InterventionReference(String id, String title, Certainty certainty) {}
