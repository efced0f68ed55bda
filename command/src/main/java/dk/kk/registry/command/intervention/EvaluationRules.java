package dk.kk.registry.command.intervention;

import dk.kk.registry.command.common.ReferenceCatalog;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.shared.common.ReferenceKind;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.EffectEstimate;
import dk.kk.registry.shared.intervention.RecordEvaluationCommand;

/**
 * An evaluation covers a period inside the intervention's, names an existing evaluating organisation, an evidence
 * level on the Maryland scale (1-5), and estimates whose intervals contain them.
 */
final class EvaluationRules {

    private EvaluationRules() {}

    static void check(RecordEvaluationCommand command, Dates dates, ReferenceCatalog catalog) {
        Require.present(command.periodFrom(), "periodFrom");
        Require.present(command.periodTo(), "periodTo");
        Require.present(command.method(), "method");
        Require.present(command.result(), "result");
        Require.maxLength(command.summary(), RegistrationRules.TEXT_LIMIT, "summary");
        Require.maxLength(command.reportReference(), RegistrationRules.REFERENCE_LIMIT, "reportReference");
        catalog.require(ReferenceKind.ORGANISATION, command.evaluator(), "evaluator");
        if (command.evidenceLevel() != null && (command.evidenceLevel() < 1 || command.evidenceLevel() > 5)) {
            throw new RuleViolation(
                    "EvidenceOnTheMarylandScale",
                    "evidenceLevel",
                    "evidenceLevel is a level of the Maryland Scientific Methods Scale, 1 to 5");
        }
        checkPeriod(command.periodFrom(), command.periodTo(), dates, null, null);
        if (command.estimates() != null) {
            for (int i = 0; i < command.estimates().size(); i++) {
                checkEstimate(command.estimates().get(i), "estimates[" + i + "]", catalog);
            }
        }
    }

    static void requireForward(UncertainDate from, UncertainDate to) {
        if (to.certainlyBefore(from)) {
            throw new RuleViolation(
                    Dates.RULE, "periodTo", "the evaluated period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    static void checkPeriod(
            UncertainDate newFrom, UncertainDate newTo, Dates dates, UncertainDate oldFrom, UncertainDate oldTo) {
        UncertainDate from = newFrom != null ? newFrom : oldFrom;
        UncertainDate to = newTo != null ? newTo : oldTo;
        requireForward(from, to);
        if (from.certainlyBefore(dates.plannedStart())) {
            throw new RuleViolation(
                    "EvaluationInsideIntervention",
                    "periodFrom",
                    "the evaluated period starts (" + from + ") before the intervention (" + dates.plannedStart()
                            + ")");
        }
        if (dates.closedOn() != null && dates.closedOn().certainlyBefore(to)) {
            throw new RuleViolation(
                    "EvaluationInsideIntervention",
                    "periodTo",
                    "the evaluated period ends (" + to + ") after the intervention ended (" + dates.closedOn() + ")");
        }
    }

    private static void checkEstimate(EffectEstimate estimate, String field, ReferenceCatalog catalog) {
        Require.present(estimate, field);
        catalog.require(ReferenceKind.INDICATOR, estimate.indicator(), field + ".indicator");
        catalog.require(ReferenceKind.AREA, estimate.area(), field + ".area");
        Require.present(estimate.effect(), field + ".effect");
        boolean lowAbove = estimate.low() != null && estimate.low().compareTo(estimate.effect()) > 0;
        boolean highBelow = estimate.high() != null && estimate.high().compareTo(estimate.effect()) < 0;
        if (lowAbove || highBelow) {
            throw new RuleViolation(
                    "IntervalsContainTheEstimate", field, "the interval [low, high] must contain the effect");
        }
    }
}
