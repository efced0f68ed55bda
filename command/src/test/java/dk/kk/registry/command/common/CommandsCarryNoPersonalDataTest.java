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
        RecordEvaluationCommand command = new RecordEvaluationCommand(
                "i1",
                null,
                "ev1",
                UncertainDate.of(LocalDate.of(2020, 1, 1)),
                UncertainDate.of(LocalDate.of(2020, 12, 31)),
                null,
                "org",
                null,
                null,
                List.of(),
                "se 3112891234",
                null);
        assertThatThrownBy(() -> CommandsCarryNoPersonalData.inspect(command, ""))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "summary");
    }

    @Test
    void idsAndOrdinaryFiguresPass() {
        RecordEvaluationCommand command = new RecordEvaluationCommand(
                "ab010190-1234-4abc-8def-0123456789ab",
                null,
                "ab010190-1234-4abc-8def-0123456789ab",
                UncertainDate.of(LocalDate.of(2020, 1, 1)),
                UncertainDate.of(LocalDate.of(2020, 12, 31)),
                null,
                "org",
                null,
                3,
                List.of(),
                "Udsættelser faldt fra 1,4 % i 2017 til 0,6 % i 2024; sag 2024-123456",
                "ab010190-1234-4abc-8def-0123456789ab");
        assertThatCode(() -> CommandsCarryNoPersonalData.inspect(command, "")).doesNotThrowAnyException();
    }
}
