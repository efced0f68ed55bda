package dk.kk.registry.command.area;

import dk.kk.registry.command.common.NewIds;
import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.area.AreaKind;
import dk.kk.registry.shared.area.DesignateAreaCommand;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.UncertainDate;
import java.util.Collection;

/**
 * A designation names its list and the policy it rests on (the municipal list always has one), starts on a date and
 * does not overlap another designation of the same area on the same list; comparison areas are never designated.
 * Dates are as their sources state them: only what is certainly out of order (an end certainly before the start, a
 * start certainly within a designation on the same list) is refused.
 */
final class DesignationRules {

    private DesignationRules() {}

    static void checkNew(
            DesignateAreaCommand command, AreaKind kind, Collection<Designation> existing, ReferenceCatalog catalog) {
        NewIds.requireText(command.designationId(), "designationId", 64);
        NewIds.requirePresent(command.list(), "list");
        NewIds.requirePresent(command.effectiveFrom(), "effectiveFrom");
        if (kind == AreaKind.COMPARISON) {
            throw new RuleViolation(
                    "ComparisonAreasAreNotDesignated", "list", "a comparison area is not put on any list");
        }
        if (command.list().isMunicipal() || command.policy() != null) {
            catalog.require(ReferenceKind.POLICY, command.policy(), "policy");
        }
        if (command.screeningId() != null && !catalog.exists(ReferenceKind.SCREENING, command.screeningId())) {
            throw new RuleViolation(
                    "ReferencesMustExist", "screeningId", "unknown screening '" + command.screeningId() + "'");
        }
        if (command.criteria() != null) {
            for (int i = 0; i < command.criteria().size(); i++) {
                NewIds.requireText(command.criteria().get(i), "criteria[" + i + "]", 500);
            }
        }
        for (Designation designation : existing) {
            if (designation.list() == command.list()
                    && designation.certainlyOverlapsOpenFrom(command.effectiveFrom())) {
                throw new RuleViolation(
                        "OnAListOnceAtATime",
                        "effectiveFrom",
                        "the area is already on " + command.list() + " from " + designation.effectiveFrom()
                                + (designation.effectiveTo() == null ? "" : " to " + designation.effectiveTo()));
            }
        }
    }

    static void checkEnd(Designation designation, UncertainDate effectiveTo) {
        NewIds.requirePresent(effectiveTo, "effectiveTo");
        if (designation.effectiveTo() != null) {
            throw new RuleViolation(
                    "DesignationsEndOnce",
                    "designationId",
                    "the designation already ended on " + designation.effectiveTo());
        }
        if (effectiveTo.certainlyBefore(designation.effectiveFrom())) {
            throw new RuleViolation(
                    "DatesAreConsistent",
                    "effectiveTo",
                    "effectiveTo " + effectiveTo + " is before the designation's start " + designation.effectiveFrom());
        }
    }
}
