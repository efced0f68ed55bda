package dk.kk.registry.shared.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The API's flat correction read as the correction of the named event's kind. */
class CorrectableEventTest {

    private static final CorrectedValues PARTNER_ROLE = new CorrectedValues(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            PartnerRole.CO_LEAD,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    private static final CorrectedValues AMOUNT_AND_TITLE = new CorrectedValues(
            "Ny titel",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Money.dkk("1200000.50"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    @ParameterizedTest
    @EnumSource(CorrectableEvent.class)
    void eachKindListsExactlyTheFieldsItsCorrectionCarries(CorrectableEvent kind) {
        assertThat(kind.fields())
                .isSorted()
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(kind.correctionType().getRecordComponents())
                                .map(RecordComponent::getName)
                                .toList());
        assertThat(kind.correction(PARTNER_ROLE).kind()).isEqualTo(kind);
    }

    @Test
    void aPartnersRoleIsAJoiningsCorrection() {
        assertThat(CorrectableEvent.PARTNER_JOINED.correction(PARTNER_ROLE))
                .isEqualTo(new PartnerJoiningCorrection(null, PartnerRole.CO_LEAD));
        assertThat(CorrectableEvent.PARTNER_JOINED.notRecorded(PARTNER_ROLE)).isEmpty();
    }

    @Test
    void valuesTheEventDidNotRecordAreNamed() {
        assertThat(CorrectableEvent.FUNDING_GRANTED.notRecorded(AMOUNT_AND_TITLE))
                .containsExactly("title");
        assertThat(CorrectableEvent.FUNDING_GRANTED.correction(AMOUNT_AND_TITLE))
                .isEqualTo(new FundingGrantCorrection(Money.dkk("1200000.50"), null, null, null));
    }

    @Test
    void aCorrectionReadsOverWhatTheEventRecorded() {
        RegistrationCorrection recorded = new RegistrationCorrection(
                "Tryghedspartnerskab",
                "Beskrivelse",
                UncertainDate.of(LocalDate.of(2019, 1, 1)),
                UncertainDate.of(LocalDate.of(2023, 12, 31)),
                "2019-0001");
        assertThat(new RegistrationCorrection(null, null, null, UncertainDate.of(LocalDate.of(2024, 6, 30)), null)
                        .over(recorded))
                .isEqualTo(new RegistrationCorrection(
                        "Tryghedspartnerskab",
                        "Beskrivelse",
                        UncertainDate.of(LocalDate.of(2019, 1, 1)),
                        UncertainDate.of(LocalDate.of(2024, 6, 30)),
                        "2019-0001"));
        assertThat(new RegistrationCorrection(null, null, null, null, null).givesNothing())
                .isTrue();
    }

    @Test
    void aKindIsFoundByItsEventsClassAndTypeName() {
        assertThat(CorrectableEvent.of(PartnerJoinedEvent.class)).contains(CorrectableEvent.PARTNER_JOINED);
        assertThat(CorrectableEvent.of(FundingWithdrawnEvent.class)).isEmpty();
        assertThat(CorrectableEvent.ofEventType("EvaluationRecordedEvent"))
                .contains(CorrectableEvent.EVALUATION_RECORDED);
    }
}
