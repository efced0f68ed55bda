package dk.kk.registry.command.goal;

import static dk.kk.registry.command.common.AggregateFixtures.fixtureFor;

import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.UncertainValue;
import dk.kk.registry.shared.goal.Baseline;
import dk.kk.registry.shared.goal.GoalSetEvent;
import dk.kk.registry.shared.goal.GoalStatusReportedEvent;
import dk.kk.registry.shared.goal.GoalTargetType;
import dk.kk.registry.shared.goal.SetGoalCommand;
import dk.kk.registry.shared.goal.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * SOF's goal 2 of the 2017 policy, as the 2024 status report gives it: eviction warnings in the areas down by 25 %
 * from 2017 to 2025, compared with Copenhagen as a whole. Tests start from it and change what they are about.
 */
final class GoalFixtures {

    static final String GOAL = "sof-eviction-warnings";
    static final Baseline BASELINE_2017 = new Baseline(2017, value("1.4"), value("0.6"));
    static final Target MINUS_25_PERCENT = new Target(GoalTargetType.RELATIVE_CHANGE, new BigDecimal("-0.25"));
    /** "Now" in these tests: the status report was written in the autumn of 2024. */
    static final Instant AUTUMN_2024 = Instant.parse("2024-10-01T10:00:00Z");

    private GoalFixtures() {}

    static AggregateTestFixture<Goal> fixture() {
        return fixtureFor(
                Goal.class,
                KnownReferences.none()
                        .policy("policy-2017")
                        .administration("SOF")
                        .organisation("copenhagen-police")
                        .indicator("eviction-warnings")
                        .area("copenhagen", "rest-of-copenhagen", "tingbjerg-husum", "bispebjerg-nordvest")
                        .goal("sof-minors-before-a-judge"));
    }

    static GoalSetEvent evictionGoalSet() {
        return goal().event();
    }

    static GoalSetEvent evictionGoalSetWith(Baseline baseline) {
        return goal().baseline(baseline).event();
    }

    static GoalSetEvent goalSetWith(Baseline baseline, Target target) {
        return goal().title("Gap to Copenhagen")
                .baseline(baseline)
                .target(target)
                .event();
    }

    static GoalStatusReportedEvent reported(int year, String areaValue, String comparisonValue) {
        return new GoalStatusReportedEvent(
                GOAL,
                year,
                value(areaValue),
                comparisonValue == null ? null : value(comparisonValue),
                null,
                null,
                null);
    }

    static MetaData because(String reason) {
        return MetaData.with(AuditMetadata.REASON, reason);
    }

    /** An exact value, as most sources state their figures. */
    static UncertainValue value(String value) {
        return UncertainValue.exact(new BigDecimal(value));
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    /** A valid goal; a test overrides what it is about. */
    static Goals goal() {
        return new Goals();
    }

    static final class Goals {

        private String goalId = GOAL;
        private String title = "Fewer eviction warnings";
        private String policy = "policy-2017";
        private String owner = "SOF";
        private String indicator = "eviction-warnings";
        private List<String> areas = List.of();
        private String comparisonArea = "copenhagen";
        private Baseline baseline = BASELINE_2017;
        private Target target = MINUS_25_PERCENT;
        private Integer deadlineYear = 2025;

        Goals id(String goalId) {
            this.goalId = goalId;
            return this;
        }

        Goals title(String title) {
            this.title = title;
            return this;
        }

        Goals policy(String policy) {
            this.policy = policy;
            return this;
        }

        Goals ownedBy(String administration) {
            this.owner = administration;
            return this;
        }

        Goals indicator(String indicator) {
            this.indicator = indicator;
            return this;
        }

        Goals areas(List<String> areas) {
            this.areas = areas;
            return this;
        }

        Goals comparedWith(String area) {
            this.comparisonArea = area;
            return this;
        }

        Goals baseline(Baseline baseline) {
            this.baseline = baseline;
            return this;
        }

        Goals target(Target target) {
            this.target = target;
            return this;
        }

        Goals target(GoalTargetType type, String value) {
            return target(new Target(type, new BigDecimal(value)));
        }

        Goals deadline(Integer year) {
            this.deadlineYear = year;
            return this;
        }

        SetGoalCommand command() {
            return new SetGoalCommand(
                    goalId, title, policy, owner, indicator, areas, comparisonArea, baseline, target, deadlineYear);
        }

        /** The {@code GoalSetEvent} that records a goal with these facts. */
        GoalSetEvent event() {
            return new GoalSetEvent(
                    goalId, title, policy, owner, indicator, areas, comparisonArea, baseline, target, deadlineYear);
        }
    }
}
