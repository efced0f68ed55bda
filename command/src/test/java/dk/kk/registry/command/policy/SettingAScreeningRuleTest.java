package dk.kk.registry.command.policy;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;
import static dk.kk.registry.command.common.Refusals.expectRefusal;
import static dk.kk.registry.command.common.Refusals.violationOf;

import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.policy.PolicyAdoptedEvent;
import dk.kk.registry.shared.screening.Comparison;
import dk.kk.registry.shared.screening.ScreeningCriterion;
import dk.kk.registry.shared.screening.ScreeningRule;
import dk.kk.registry.shared.screening.ScreeningRuleSetEvent;
import dk.kk.registry.shared.screening.SetScreeningRuleCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class SettingAScreeningRuleTest {

    private static final String POLICY = "policy-2025";
    private static final ScreeningRule RULE = rule("2");

    private final AggregateTestFixture<Policy> fixture = fixtureFor(
            Policy.class, KnownReferences.none().indicator("low-income").area("rest-of-copenhagen"));

    private static ScreeningRule rule(String threshold) {
        return new ScreeningRule(
                List.of(new ScreeningCriterion(
                        "Lav indkomst",
                        "low-income",
                        "rest-of-copenhagen",
                        Comparison.ABOVE,
                        new BigDecimal(threshold))),
                1);
    }

    private static PolicyAdoptedEvent adopted() {
        return new PolicyAdoptedEvent(
                POLICY,
                "Politik for udsatte byområder 2025-2035",
                day(2025, 1, 1),
                null,
                List.of(),
                List.of(),
                null,
                List.of());
    }

    @Test
    void aScreeningRuleIsSet() {
        fixture.given(adopted())
                .when(new SetScreeningRuleCommand(POLICY, null, RULE))
                .expectEvents(new ScreeningRuleSetEvent(POLICY, RULE));
    }

    @Test
    void aChangedThresholdIsANewRule() {
        fixture.given(adopted(), new ScreeningRuleSetEvent(POLICY, RULE))
                .when(new SetScreeningRuleCommand(POLICY, null, rule("2.5")))
                .expectEvents(new ScreeningRuleSetEvent(POLICY, rule("2.5")));
    }

    @Test
    void settingTheRuleInForceAgainRecordsNothing() {
        expectRefusal(
                fixture.given(adopted(), new ScreeningRuleSetEvent(POLICY, RULE))
                        .when(new SetScreeningRuleCommand(POLICY, null, rule("2.00"))),
                violationOf("NothingChanged", "rule"),
                "the policy's screening rule is already this rule");
    }

    private static UncertainDate day(int year, int month, int dayOfMonth) {
        return UncertainDate.of(LocalDate.of(year, month, dayOfMonth));
    }
}
