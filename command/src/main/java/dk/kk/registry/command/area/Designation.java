package dk.kk.registry.command.area;

import dk.kk.registry.shared.area.DesignationList;
import dk.kk.registry.shared.common.UncertainDate;
import java.time.LocalDate;

/**
 * What the area aggregate keeps of a designation: its list and its period in valid time as the sources state it (the
 * end null while it lasts).
 */
record Designation(DesignationList list, UncertainDate effectiveFrom, UncertainDate effectiveTo) {

    Designation endedOn(UncertainDate day) {
        return new Designation(list, effectiveFrom, day);
    }

    /**
     * Whether a designation from {@code from} that has not ended shares a day with this one whatever the true dates
     * are: two open periods always do, and an ended one does when the new start certainly falls on or before its end.
     */
    boolean certainlyOverlapsOpenFrom(UncertainDate from) {
        if (effectiveTo == null) {
            return true;
        }
        LocalDate firstPossibleEnd = effectiveTo.earliest();
        return effectiveTo.exactlyAsStated() && firstPossibleEnd != null && from.certainlyOnOrBefore(firstPossibleEnd);
    }
}
