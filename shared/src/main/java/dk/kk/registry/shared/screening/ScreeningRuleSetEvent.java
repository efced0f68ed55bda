package dk.kk.registry.shared.screening;

import org.axonframework.serialization.Revision;

/** A policy's screenings use this rule from now on. */
@Revision("1")
public record ScreeningRuleSetEvent(String policyId, ScreeningRule rule) {}
