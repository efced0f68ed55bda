package dk.kk.registry.command.area;

import dk.kk.registry.shared.area.DesignationList;
import java.time.LocalDate;

/** What the area aggregate keeps of a designation: its list and its period in valid time. */
record Designation(DesignationList list, LocalDate effectiveFrom, LocalDate effectiveTo) {

    Designation endedOn(LocalDate day) {
        return new Designation(list, effectiveFrom, day);
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        LocalDate end = effectiveTo == null ? LocalDate.MAX : effectiveTo;
        LocalDate otherEnd = to == null ? LocalDate.MAX : to;
        return !from.isAfter(end) && !effectiveFrom.isAfter(otherEnd);
    }
}
