package dk.kk.registry.shared.source;

import java.util.List;

/** The citations of the given events, by event id; an event that cites nothing is left out. */
public record FindCitationsQuery(List<String> eventIds) {}
