package dk.kk.registry.shared.plan;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A plan moved to another status, effective from a date; the reason is in the metadata. */
@Revision("1")
public record PlanStatusChangedEvent(String planId, PlanStatus status, LocalDate effectiveFrom) {}
