package dk.kk.registry.shared.plan;

/**
 * Where the chain from vision to result is broken, as the change strategy names it; each kind says what it means
 * and what its gap's {@code subject} is (the API's description of the kinds is made from these words).
 */
public enum GapKind {
    GOAL_WITHOUT_INTERVENTION(
            "a goal that no intervention (by its goal link or as a plan measure) and no described " + "tool serves",
            "the goal's id"),
    INTERVENTION_WITHOUT_GOAL(
            "an intervention mapped into a plan that serves none of the goals of the strategy "
                    + "(a measure always serves one)",
            "the intervention's id"),
    INDICATOR_WITHOUT_RECENT_MEASUREMENT(
            "a goal's indicator without a measurement in the area whose period ends in "
                    + "the last two calendar years or the current one",
            "the indicator's id"),
    GOAL_WITHOUT_BASELINE("a goal without a baseline value to measure progress from", "the goal's id"),
    MEASURE_WITHOUT_RESOURCES("a plan measure with no resources set aside", "the measure's id"),
    PLAN_WITHOUT_GOALS("a development plan with no goals", "the plan's id"),
    COMPETING_INTERVENTIONS(
            "two of a plan's interventions (measures or mapped) of the same category, for a shared "
                    + "target group, in the area at the same time: the 2011 policy's rule that projects must not compete "
                    + "with each other or with core operations, shown as the overlaps within the plan",
            "the two interventions' ids, separated by a space");

    private final String meaning;
    private final String subject;

    GapKind(String meaning, String subject) {
        this.meaning = meaning;
        this.subject = subject;
    }

    /** What the gap means, in the API's words. */
    public String meaning() {
        return meaning;
    }

    /** What the gap's subject names. */
    public String subject() {
        return subject;
    }
}
