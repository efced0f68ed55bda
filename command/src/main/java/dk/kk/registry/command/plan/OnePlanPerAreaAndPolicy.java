package dk.kk.registry.command.plan;

import dk.kk.registry.command.common.AlreadyRecorded;

/**
 * Each area has one development plan under a policy (the 2011 policy: "hvert af de seks områder får en
 * udviklingsplan"); a new one may be made only once the earlier is superseded. A second live plan is a duplicate, 409.
 */
final class OnePlanPerAreaAndPolicy {

    private OnePlanPerAreaAndPolicy() {}

    static void check(LivePlans plans, String area, String policy) {
        plans.livePlan(area, policy).ifPresent(existing -> {
            throw new AlreadyRecorded("the area '" + area + "' already has a development plan under the policy '"
                    + policy + "' that is not superseded: " + existing
                    + " (supersede it first, or work on that plan)");
        });
    }
}
