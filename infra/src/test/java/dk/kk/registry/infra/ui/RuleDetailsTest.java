package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.command.intervention.OrderOfDates;
import dk.kk.registry.shared.common.UncertainDate;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A rule's English sentence reaches a Danish page in Danish, its parameters as the page shows them, or not at all;
 * an English page gets it in the same words as the Danish one.
 */
class RuleDetailsTest {

    private final RuleDetails details = new RuleDetails(messages(), new UiFormat(), new NamedAreas());

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anEndBeforeTheStartIsSaidInDanishWithDanishDatesAndTheFieldsLabels() {
        RuleDetail endBeforeStart = refusal(() -> OrderOfDates.plannedPeriod(
                UncertainDate.of(LocalDate.of(2026, 6, 1)), UncertainDate.of(LocalDate.of(2026, 1, 31))));
        assertThat(endBeforeStart.message()).isEqualTo("plannedEnd 2026-01-31 is before plannedStart 2026-06-01");
        assertThat(danish(endBeforeStart)).isEqualTo("Planlagt slut (31/1 2026) ligger før Planlagt start (1/6 2026).");
        assertThat(english(endBeforeStart))
                .isEqualTo("Planned end (31 Jan 2026) is before Planned start (1 Jun 2026).");
    }

    @Test
    void fundingYearsAndEvaluatedPeriodsAreSaidInDanish() {
        assertThat(danish(refusal(() -> OrderOfDates.fundingYears(2021, 2020))))
                .isEqualTo("Finansieringen slutter (2020), før den begynder (2021).");
        assertThat(danish(refusal(() -> OrderOfDates.evaluatedPeriod(
                        UncertainDate.of(LocalDate.of(2024, 3, 1)), UncertainDate.of(LocalDate.of(2023, 12, 31))))))
                .isEqualTo("Den evaluerede periode slutter (31/12 2023), før den begynder (1/3 2024).");
    }

    @Test
    void aStageIsNamedAndAnAreaByItsName() {
        assertThat(danish(new RuleDetail("StageChanges", "the intervention is already ACTIVE")))
                .isEqualTo("Indsatsen er allerede i fasen »Aktiv indsats«.");
        assertThat(danish(new RuleDetail("AreaAddedOnce", "the intervention already runs in area 'tingbjerg'")))
                .isEqualTo("Indsatsen kører allerede i Husum/Tingbjerg.");
        assertThat(danish(new RuleDetail("RequiredFields", "title is required")))
                .isEqualTo("Titlen skal udfyldes.");
    }

    @Test
    void aSentenceWithoutATranslationNeverReachesADanishPage() {
        RuleDetail unknown = new RuleDetail("SomeRule", "something the registry said in English");
        assertThat(danish(unknown)).isNull();
        assertThat(danish(new RuleDetail("RequiredFields", "noSuchField is required")))
                .isNull();
        assertThat(english(unknown)).isEqualTo("something the registry said in English");
        assertThat(danish("an English sentence from another refusal")).isNull();
    }

    private String danish(Object detail) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("da"));
        return details.text(detail);
    }

    private String english(Object detail) {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        return details.text(detail);
    }

    private static RuleDetail refusal(Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolation violation) {
            return new RuleDetail(violation.rule(), violation.getMessage());
        }
        throw new AssertionError("the rule did not refuse");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The names a page would show for the areas these sentences name. */
    private static final class NamedAreas extends ReferenceLists {

        NamedAreas() {
            super(null);
        }

        @Override
        public Map<String, String> names(java.time.Instant asOf) {
            return Map.of("tingbjerg", "Husum/Tingbjerg");
        }
    }
}
