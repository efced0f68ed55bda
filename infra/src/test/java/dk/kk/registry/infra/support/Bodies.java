package dk.kk.registry.infra.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies for the API's writes: a typical valid body of each kind, which a test adjusts with {@link #with} to
 * the values its case is about, so that a reader sees only what differs.
 */
public final class Bodies {

    /** Marks a key to leave out of a body built with {@link #with}. */
    public static final Object ABSENT = new Object();

    private Bodies() {}

    /** A copy of the body with the keys given set to the values given, or left out for {@link #ABSENT}. */
    public static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>(base);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object value = keysAndValues[i + 1];
            if (value == ABSENT) {
                body.remove(key);
            } else {
                body.put(key, value);
            }
        }
        return body;
    }

    public static Map<String, Object> body(Object... keysAndValues) {
        return with(Map.of(), keysAndValues);
    }

    /** An area-based street outreach for young people in Copenhagen, led by TMF and planned for 2020–2022. */
    public static Map<String, Object> registration(String title) {
        return body(
                "title",
                title,
                "kind",
                "AREA_BASED",
                "category",
                "STREET_OUTREACH",
                "leadAdministration",
                "TMF",
                "areas",
                List.of("copenhagen"),
                "targetGroups",
                List.of("YOUTH"),
                "plannedStart",
                "2020-01-01",
                "plannedEnd",
                "2022-12-31");
    }

    /** Funding from the source given (an administration or an organisation's id) of its kind, for the years given. */
    public static Map<String, Object> funding(String source, String sourceKind, String amount, List<Integer> years) {
        return body("source", source, "sourceKind", sourceKind, "amount", Fixtures.money(amount), "years", years);
    }

    /** The typical registration above, led by the administration given and planned for the period given. */
    public static Map<String, Object> registration(
            String title, String leadAdministration, String plannedStart, String plannedEnd) {
        return with(
                registration(title),
                "leadAdministration",
                leadAdministration,
                "plannedStart",
                plannedStart,
                "plannedEnd",
                plannedEnd);
    }

    /** A grant of TMF's money of the kind given (MUNICIPAL_POOL, MUNICIPAL_BASE_BUDGET…) for the years given. */
    public static Map<String, Object> grant(String sourceKind, String amount, List<Integer> years) {
        return funding("TMF", sourceKind, amount, years);
    }

    /** A grant as above, with the council decision that granted it. */
    public static Map<String, Object> grant(
            String sourceKind, String amount, List<Integer> years, String decisionReference) {
        return with(grant(sourceKind, amount, years), "decisionReference", decisionReference);
    }

    /** An evaluation of the period given by the method, the evaluating organisation and with the result given. */
    public static Map<String, Object> evaluation(
            String periodFrom, String periodTo, String method, String evaluator, String result) {
        return body(
                "periodFrom",
                periodFrom,
                "periodTo",
                periodTo,
                "method",
                method,
                "evaluator",
                evaluator,
                "result",
                result);
    }

    /** A municipal designated area. */
    public static Map<String, Object> area(String id, String name) {
        return body("id", id, "name", name, "kind", "MUNICIPAL_DESIGNATED");
    }

    /** An indicator in percent, from the source given. */
    public static Map<String, Object> indicator(String id, String name, String direction, String source) {
        return body("id", id, "name", name, "unit", "PERCENT", "direction", direction, "source", source);
    }

    /** A designation of an area on the municipality's list of vulnerable areas under the policy, by its criteria. */
    public static Map<String, Object> designation(
            String policy, String effectiveFrom, List<String> criteria, String reason) {
        return body(
                "list",
                "MUNICIPAL_VULNERABLE",
                "policy",
                policy,
                "effectiveFrom",
                effectiveFrom,
                "criteria",
                criteria,
                "reason",
                reason);
    }

    /** A policy with the id, title and start given, open-ended and without criteria. */
    public static Map<String, Object> policy(String id, String title, String periodFrom) {
        return body("id", id, "title", title, "periodFrom", periodFrom);
    }

    /** A development plan for the area under the policy: the first wave, budgeted from 2013. */
    public static Map<String, Object> developmentPlan(String area, String policy) {
        return body(
                "area", area, "policy", policy, "title", "Udviklingsplan for " + area, "wave", 1, "budgetYear", 2013);
    }

    /** A measurement of an indicator in an area for a period (a year, or {@code {from, to}}), to be adjusted by the test. */
    public static Map<String, Object> measurement(String indicator, String area, Object period, Object value) {
        return body("indicator", indicator, "area", area, "period", period, "value", value);
    }

    /** A goal owned by SOF for an indicator, measured against Copenhagen as a whole, in no particular area. */
    public static Map<String, Object> goal(
            String title,
            String policy,
            String indicator,
            Map<String, Object> baseline,
            Map<String, Object> target,
            Integer deadlineYear) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("policy", policy);
        body.put("ownerAdministration", "SOF");
        body.put("indicator", indicator);
        body.put("areas", List.of());
        body.put("comparisonArea", "copenhagen");
        body.put("baseline", baseline);
        body.put("target", target);
        body.put("deadlineYear", deadlineYear);
        return body;
    }

    /**
     * A goal of the demo's 2011 policy about one area, measured by its eviction warnings: a quarter fewer than the 2011
     * baseline, with no deadline.
     */
    public static Map<String, Object> evictionGoal(String title, String area) {
        return with(
                goal(
                        title,
                        "policy-2011",
                        "eviction-warnings",
                        baseline(2011, "1.4", "0.6"),
                        target("RELATIVE_CHANGE", "-0.25"),
                        null),
                "areas",
                List.of(area),
                "deadlineYear",
                ABSENT);
    }

    /** A TMF goal of parity with the comparison by 2026 for the indicator, in no area and with no comparison area. */
    public static Map<String, Object> parityGoal(String policy, String indicator) {
        return with(
                goal(
                        "Flere trygge beboere",
                        policy,
                        indicator,
                        baseline(2020, "71.0", "86.0"),
                        target("PARITY_WITH_COMPARISON", "0"),
                        2026),
                "ownerAdministration",
                "TMF",
                "areas",
                ABSENT,
                "comparisonArea",
                ABSENT);
    }

    /** A goal's baseline, or a status reported on it: the area's value and the comparison's, in a year. */
    public static Map<String, Object> baseline(int year, String areaValue, String comparisonValue) {
        return body("year", year, "areaValue", areaValue, "comparisonValue", comparisonValue);
    }

    public static Map<String, Object> target(String type, String value) {
        return Map.of("type", type, "value", value);
    }
}
