package dk.kk.registry.shared.goal;

/** A field a correction changed, with its value before and after (as text; null when absent). */
public record GoalFieldChange(String field, String from, String to) {}
