package dk.kk.registry.shared.intervention;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A correction's values as the API and the UI's form take them and as an intervention's page shows them: every field
 * of every kind side by side. The event log holds the {@link Correction} of the named event's kind instead
 * ({@link CorrectableEvent#correction}).
 */
public record CorrectedValues(
        String title,
        String description,
        UncertainDate plannedStart,
        UncertainDate plannedEnd,
        String caseReference,
        UncertainDate effectiveFrom,
        UncertainDate effectiveTo,
        PartnerRole role,
        Money amount,
        Integer fromYear,
        Integer toYear,
        Integer year,
        String decisionReference,
        UncertainDate periodFrom,
        UncertainDate periodTo,
        EvaluationResult result,
        String summary,
        String reportReference) {

    /** The names of the fields given a value. */
    public List<String> given() {
        List<String> given = new ArrayList<>();
        add(given, "title", title);
        add(given, "description", description);
        add(given, "plannedStart", plannedStart);
        add(given, "plannedEnd", plannedEnd);
        add(given, "caseReference", caseReference);
        add(given, "effectiveFrom", effectiveFrom);
        add(given, "effectiveTo", effectiveTo);
        add(given, "role", role);
        add(given, "amount", amount);
        add(given, "fromYear", fromYear);
        add(given, "toYear", toYear);
        add(given, "year", year);
        add(given, "decisionReference", decisionReference);
        add(given, "periodFrom", periodFrom);
        add(given, "periodTo", periodTo);
        add(given, "result", result);
        add(given, "summary", summary);
        add(given, "reportReference", reportReference);
        return given;
    }

    private static void add(List<String> given, String field, Object value) {
        if (value != null) {
            given.add(field);
        }
    }
}
