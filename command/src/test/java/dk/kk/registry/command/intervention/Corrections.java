package dk.kk.registry.command.intervention;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.CorrectableEvent;
import dk.kk.registry.shared.intervention.CorrectedValues;
import dk.kk.registry.shared.intervention.Correction;
import dk.kk.registry.shared.intervention.EvaluationResult;
import dk.kk.registry.shared.intervention.PartnerRole;
import java.time.LocalDate;

/** The corrected values of an earlier event; every value not named stays as recorded. */
final class Corrections {

    private String title;
    private String description;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private String caseReference;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private PartnerRole role;
    private Money amount;
    private Integer fromYear;
    private Integer toYear;
    private Integer year;
    private String decisionReference;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private EvaluationResult result;
    private String summary;
    private String reportReference;

    private Corrections() {}

    static Corrections correcting() {
        return new Corrections();
    }

    static Correction nothing(CorrectableEvent kind) {
        return correcting().of(kind);
    }

    Corrections title(String title) {
        this.title = title;
        return this;
    }

    Corrections description(String description) {
        this.description = description;
        return this;
    }

    Corrections plannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
        return this;
    }

    Corrections plannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
        return this;
    }

    Corrections caseReference(String caseReference) {
        this.caseReference = caseReference;
        return this;
    }

    Corrections effectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
        return this;
    }

    Corrections effectiveTo(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
        return this;
    }

    Corrections role(PartnerRole role) {
        this.role = role;
        return this;
    }

    Corrections amount(String dkk) {
        this.amount = Money.dkk(dkk);
        return this;
    }

    Corrections years(Integer from, Integer to) {
        this.fromYear = from;
        this.toYear = to;
        return this;
    }

    Corrections year(Integer year) {
        this.year = year;
        return this;
    }

    Corrections decisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
        return this;
    }

    Corrections period(LocalDate from, LocalDate to) {
        this.periodFrom = from;
        this.periodTo = to;
        return this;
    }

    Corrections result(EvaluationResult result) {
        this.result = result;
        return this;
    }

    Corrections summary(String summary) {
        this.summary = summary;
        return this;
    }

    Corrections reportReference(String reportReference) {
        this.reportReference = reportReference;
        return this;
    }

    /** The correction of an event of this kind, with the values named for the fields it recorded. */
    Correction of(CorrectableEvent kind) {
        return kind.correction(values());
    }

    CorrectedValues values() {
        return new CorrectedValues(
                title,
                description,
                UncertainDate.ofNullable(plannedStart),
                UncertainDate.ofNullable(plannedEnd),
                caseReference,
                UncertainDate.ofNullable(effectiveFrom),
                UncertainDate.ofNullable(effectiveTo),
                role,
                amount,
                fromYear,
                toYear,
                year,
                decisionReference,
                UncertainDate.ofNullable(periodFrom),
                UncertainDate.ofNullable(periodTo),
                result,
                summary,
                reportReference);
    }
}
