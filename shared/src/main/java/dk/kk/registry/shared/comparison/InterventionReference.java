package dk.kk.registry.shared.comparison;

import dk.kk.registry.shared.common.Certainty;

/**
 * An intervention named in an answer about something else: its id, to follow it, and its title, to show it; where the
 * answer is about a window of valid time, {@code certainty} says whether it certainly or possibly ran in it. {@code through} is {@code "designated-areas"} where
 * it is named because it was recorded for the designated areas together and the area was designated while it ran
 * (then possibly at most, ADR 0015); {@code null} where it was recorded for the area itself.
 */
public record InterventionReference(String id, String title, Certainty certainty, String through) {}
