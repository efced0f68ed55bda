package dk.kk.registry.command.common;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.intervention.CorrectEventCommand;
import dk.kk.registry.shared.intervention.RecordEvaluationCommand;
import dk.kk.registry.shared.intervention.RegistrationCorrection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsCarryNoPersonalDataTest {

    @Test
    void aCprNumberInANestedFreeTextFieldIsRefusedWithItsPath() {
        RegistrationCorrection values = new RegistrationCorrection(null, "Borger 010190-1234 deltog", null, null, null);
        assertThatThrownBy(() ->
                        CommandsCarryNoPersonalData.inspect(new CorrectEventCommand("i1", null, "e1", values), ""))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "values.description");
    }

    @Test
    void aCprNumberWithoutHyphenInAListIsRefused() {
        RecordEvaluationCommand command = evaluation("i1", "ev1", null, "se 3112891234", null);
        assertThatThrownBy(() -> CommandsCarryNoPersonalData.inspect(command, ""))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "summary");
    }

    @Test
    void idsAndOrdinaryFiguresPass() {
        RecordEvaluationCommand command = evaluation(
                "ab010190-1234-4abc-8def-0123456789ab",
                "ab010190-1234-4abc-8def-0123456789ab",
                3,
                "Udsættelser faldt fra 1,4 % i 2017 til 0,6 % i 2024; sag 2024-123456",
                "ab010190-1234-4abc-8def-0123456789ab");
        assertThatCode(() -> CommandsCarryNoPersonalData.inspect(command, "")).doesNotThrowAnyException();
    }

    /** An evaluation of 2020 by "org", with the ids, evidence level, summary and report reference given. */
    private static RecordEvaluationCommand evaluation(
            String interventionId, String evaluationId, Integer evidenceLevel, String summary, String reportReference) {
        return new RecordEvaluationCommand(
                interventionId,
                null,
                evaluationId,
                UncertainDate.of(LocalDate.of(2020, 1, 1)),
                UncertainDate.of(LocalDate.of(2020, 12, 31)),
                null,
                "org",
                null,
                evidenceLevel,
                List.of(),
                summary,
                reportReference);
    }
}
