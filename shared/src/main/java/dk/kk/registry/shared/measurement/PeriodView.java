package dk.kk.registry.shared.measurement;

import java.time.LocalDate;

/** The period a measurement covers, both dates inclusive; {@code year} is set when it is one calendar year. */
public record PeriodView(
        LocalDate from,
        LocalDate to,
        Integer year) {

    public static PeriodView of(LocalDate from, LocalDate to) {
        boolean calendarYear = from.getYear() == to.getYear() && from.getDayOfYear() == 1
                && to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
        return new PeriodView(from, to, calendarYear ? from.getYear() : null);
    }
}
