package dk.kk.registry.shared.plan;

/** A follow-up's word on one goal or measure ({@code subject} is its id): how it progresses and why. */
public record ProgressNote(String subject, Progress progress, String note) {}
