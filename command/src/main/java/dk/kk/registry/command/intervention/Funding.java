package dk.kk.registry.command.intervention;

import dk.kk.registry.shared.common.Money;

/** What the aggregate needs to know of a funding line: its amounts as granted and adjusted, years, withdrawal. */
final class Funding {

    private final Revisions<Money> amounts = new Revisions<>();
    private int fromYear;
    private int toYear;
    private boolean withdrawn;

    Funding(String grantEventId, Money amount, int fromYear, int toYear) {
        amounts.set(grantEventId, amount);
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    Money amount() {
        return amounts.current();
    }

    int fromYear() {
        return fromYear;
    }

    int toYear() {
        return toYear;
    }

    boolean withdrawn() {
        return withdrawn;
    }

    void adjust(String eventId, Money amount) {
        amounts.set(eventId, amount);
    }

    void withdraw() {
        withdrawn = true;
    }

    void correct(String eventId, Money amount, Integer newFromYear, Integer newToYear) {
        amounts.correct(eventId, amount);
        if (newFromYear != null) {
            fromYear = newFromYear;
        }
        if (newToYear != null) {
            toYear = newToYear;
        }
    }
}
