package dk.kk.registry.command.plan;

import dk.kk.registry.command.common.KnownReferences;
import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.intervention.FundingSourceKind;
import dk.kk.registry.shared.plan.ChoosePlanMeasureCommand;
import dk.kk.registry.shared.plan.DevelopmentPlanCreatedEvent;
import dk.kk.registry.shared.plan.PlanGoalAddedEvent;
import dk.kk.registry.shared.plan.PlanMeasureChosenEvent;
import dk.kk.registry.shared.plan.PlanResource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * Tingbjerg/Husum's plan of the first wave under the 2011 policy, with a goal about the area, a city-wide goal and a
 * goal about another area; tests start from it and add what they are about.
 */
final class PlanFixtures {

    static final String PLAN = "plan-tingbjerg";
    static final String AREA = "tingbjerg-husum";
    static final String AREA_GOAL = "goal-tingbjerg-employment";
    static final String SECOND_AREA_GOAL = "goal-tingbjerg-safety";
    static final String CITY_WIDE_GOAL = "goal-city-evictions";
    static final String OTHER_AREA_GOAL = "goal-valby-schools";
    static final String INTERVENTION = "intervention-partnership";
    static final Instant AUTUMN_2014 = Instant.parse("2014-10-01T10:00:00Z");

    private PlanFixtures() {}

    static AggregateTestFixture<DevelopmentPlan> fixture() {
        AggregateTestFixture<DevelopmentPlan> fixture = new AggregateTestFixture<>(DevelopmentPlan.class);
        fixture.registerInjectableResource(KnownReferences.none()
                .policy("policy-2011")
                .area(AREA, "valby-vigerslev")
                .goal(AREA_GOAL, SECOND_AREA_GOAL, CITY_WIDE_GOAL, OTHER_AREA_GOAL)
                .intervention(INTERVENTION)
                .indicator("no-labour-market-attachment")
                .measurement("measurement-2012")
                .organisation("fsb"));
        Map<String, List<String>> scopes = Map.of(
                AREA_GOAL,
                List.of(AREA),
                SECOND_AREA_GOAL,
                List.of(AREA, "valby-vigerslev"),
                CITY_WIDE_GOAL,
                List.of(),
                OTHER_AREA_GOAL,
                List.of("valby-vigerslev"));
        fixture.registerInjectableResource((GoalScopes) goal -> scopes.getOrDefault(goal, List.of()));
        fixture.registerInjectableResource(LIVE_PLANS);
        return fixture;
    }

    /** Valby/Vigerslev already has a live plan under the 2011 policy; no other area has one. */
    static final String VALBY_PLAN = "plan-valby";

    static final LivePlans LIVE_PLANS = (area, policy) ->
            "valby-vigerslev".equals(area) && "policy-2011".equals(policy) ? Optional.of(VALBY_PLAN) : Optional.empty();

    static DevelopmentPlanCreatedEvent created() {
        return new DevelopmentPlanCreatedEvent(
                PLAN, AREA, "policy-2011", "Udviklingsplan for Tingbjerg/Husum", null, 1, 2013, List.of());
    }

    static PlanGoalAddedEvent goalAdded(String goal) {
        return new PlanGoalAddedEvent(PLAN, goal);
    }

    static PlanResource resource(int year, String amount) {
        return new PlanResource(FundingSourceKind.MUNICIPAL_POOL, null, year, Money.dkk(amount));
    }

    static ChoosePlanMeasureCommand measure(String id, List<String> goals, List<PlanResource> resources) {
        return new ChoosePlanMeasureCommand(PLAN, null, id, INTERVENTION, null, goals, resources);
    }

    static PlanMeasureChosenEvent measureChosen(String id, List<String> goals) {
        return new PlanMeasureChosenEvent(PLAN, id, INTERVENTION, null, goals, List.of());
    }

    static MetaData because(String reason) {
        return MetaData.with(AuditMetadata.REASON, reason);
    }
}
