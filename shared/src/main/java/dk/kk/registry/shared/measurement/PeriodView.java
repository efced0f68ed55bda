package dk.kk.registry.shared.measurement;

import java.time.LocalDate;

/**
 * The period a measurement covers, both dates inclusive; {@code year} is set when it is exactly one calendar year.
 * {@code stated} is the period as its source states it when that is uncertain (EDTF: {@code "2024?"},
 * {@code "2023/2024"}), with {@code from} and {@code to} then its earliest and latest possible day; {@code null} when
 * the period is exactly {@code from} to {@code to}. A period open at its start ({@code "../2024-11"}: no later than
 * November 2024) has {@code from} null.
 */
public record PeriodView(LocalDate from, LocalDate to, Integer year, String stated) {

    public static PeriodView of(LocalDate from, LocalDate to) {
        return of(from, to, null);
    }

    public static PeriodView of(LocalDate from, LocalDate to, String stated) {
        boolean calendarYear = from != null
                && from.getYear() == to.getYear()
                && from.getDayOfYear() == 1
                && to.getMonthValue() == 12
                && to.getDayOfMonth() == 31;
        return new PeriodView(from, to, calendarYear && stated == null ? from.getYear() : null, stated);
    }
}
