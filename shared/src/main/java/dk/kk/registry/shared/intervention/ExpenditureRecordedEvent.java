package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;
import org.axonframework.serialization.Revision;

/** Money was spent on an intervention in a year; several entries for a year add up. */
@Revision("1")
public record ExpenditureRecordedEvent(String interventionId, String expenditureId, int year, Money amount) {}
