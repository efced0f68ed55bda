package dk.kk.registry.command.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kk.registry.shared.common.Citation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationsNameKnownSourcesTest {

    private final CitationsNameKnownSources rule = new CitationsNameKnownSources(
            KnownReferences.none().source("status-2024").area("tingbjerg-husum"));

    @Test
    void aCitationOfARegisteredSourcePasses() {
        rule.check(Citation.of("status-2024", "s. 4", "0,8 % i 2020").toMetadata());
    }

    @Test
    void aCitationOfAnUnregisteredSourceIsRefused() {
        assertThatThrownBy(
                        () -> rule.check(Citation.of("status-2025", null, null).toMetadata()))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("CitationsNameKnownSources");
                    assertThat(violation.field()).isEqualTo("source.id");
                });
    }

    @Test
    void anIdOfSomethingElseIsNoSource() {
        assertThatThrownBy(() ->
                        rule.check(Citation.of("tingbjerg-husum", null, null).toMetadata()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aCitationIsTextsUnderItsKnownNamesWithinTheirLimits() {
        assertThatThrownBy(() -> rule.check(Map.of("wasDerivedFrom", "status-2024", "page", "4")))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> rule.check(Map.of("wasDerivedFrom", "status-2024", "locator", 4)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> rule.check("status-2024")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> rule.check(
                        Map.of("wasDerivedFrom", "status-2024", "quotation", "x".repeat(Citation.MAX_QUOTATION + 1))))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.rule())
                        .isEqualTo("TextLimits"));
    }

    @Test
    void aQuotationCarriesNoPersonalData() {
        assertThatThrownBy(() -> rule.check(
                        Citation.of("status-2024", null, "borger 010203-1234").toMetadata()))
                .isInstanceOf(RuleViolation.class);
    }
}
