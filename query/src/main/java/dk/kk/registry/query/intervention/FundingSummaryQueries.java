package dk.kk.registry.query.intervention;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.Filters;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.funding.FindFundingSummaryQuery;
import dk.kk.registry.shared.funding.FundingGroupBy;
import dk.kk.registry.shared.funding.FundingSummaryPage;
import dk.kk.registry.shared.funding.FundingTotalView;
import dk.kk.registry.shared.funding.Population;
import dk.kk.registry.shared.funding.YearlySpread;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Funding totals per group from the intervention documents as of an instant. The documents are summed in Java with
 * BigDecimal, not in SQL, because the same rules (current amount after adjustments, zero once withdrawn) already live
 * in {@link InterventionDocument.FundingLine} and must not be written twice.
 */
@Component
class FundingSummaryQueries {

    /** The key of a group whose value the registry does not know (a lead administration left unknown). */
    static final String UNKNOWN = "UNKNOWN";
    /** The whole city: whose residents money is counted per when no area is named. */
    static final String CITY = "copenhagen";

    private final JdbcTemplate jdbc;

    FundingSummaryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Running totals of one group; amounts in BigDecimal so that nothing is rounded until the answer. */
    private static final class Totals {
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal granted = BigDecimal.ZERO;
        BigDecimal adjusted = BigDecimal.ZERO;
        BigDecimal withdrawn = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        int lines;
        final Set<String> interventions = new HashSet<>();
        /** The years covered by the group's funding lines that are not withdrawn: what money per year spreads over. */
        final Set<Integer> fundedYears = new TreeSet<>();
    }

    @QueryHandler
    FundingSummaryPage summary(FindFundingSummaryQuery query) {
        Map<String, Totals> groups = new TreeMap<>();
        for (InterventionDocument doc : documents(query)) {
            for (String group : groupsOf(doc, query.groupBy())) {
                groups.computeIfAbsent(group, g -> new Totals()).interventions.add(doc.id);
            }
            for (InterventionDocument.FundingLine line : doc.funding) {
                add(groups, doc, line, query.groupBy());
            }
            for (InterventionDocument.Expenditure expenditure : doc.expenditures) {
                spend(groups, doc, expenditure, query.groupBy());
            }
        }
        boolean spentKnown = query.groupBy() != FundingGroupBy.SOURCE && query.groupBy() != FundingGroupBy.SOURCE_KIND;
        groups.values().removeIf(t -> t.lines == 0 && t.spent.signum() == 0);
        Map<String, Map<Integer, BigDecimal>> population = population(groups.keySet(), query);
        List<FundingTotalView> all = new ArrayList<>();
        groups.forEach((group, t) -> {
            String area = populationArea(group, query);
            PerResident perResident =
                    PerResident.of(t.committed, t.fundedYears, population.getOrDefault(area, Map.of()));
            all.add(new FundingTotalView(
                    group,
                    money(t.committed),
                    money(t.granted),
                    money(t.adjusted),
                    money(t.withdrawn),
                    spentKnown ? money(t.spent) : null,
                    t.lines,
                    t.interventions.size(),
                    area,
                    List.copyOf(t.fundedYears),
                    perResident.residentYears(),
                    perResident.amount() == null ? null : money(perResident.amount()),
                    perResident.status(),
                    perResident.missingYears()));
        });
        int from = (int) Math.min((long) query.page() * query.size(), all.size());
        int to = Math.min(from + query.size(), all.size());
        return new FundingSummaryPage(
                query.groupBy().parameter(),
                List.copyOf(all.subList(from, to)),
                query.page(),
                query.size(),
                all.size());
    }

    /** Whose residents a group's money is counted per: its own area, else the area asked about, else the city. */
    private static String populationArea(String group, FindFundingSummaryQuery query) {
        if (query.groupBy() == FundingGroupBy.AREA) {
            return group;
        }
        return query.area() != null ? query.area() : CITY;
    }

    /** The population (whole-year values, as of the query's instant) of every area a group's money is counted per. */
    private Map<String, Map<Integer, BigDecimal>> population(Set<String> groups, FindFundingSummaryQuery query) {
        Set<String> areas = new HashSet<>();
        groups.forEach(group -> areas.add(populationArea(group, query)));
        List<Object> args = new ArrayList<>();
        args.add(Population.INDICATOR);
        args.add(areas.toArray(String[]::new));
        String asOf = AsOf.condition("", query.asOf(), args);
        Map<String, Map<Integer, BigDecimal>> population = new HashMap<>();
        // A value recorded later for the same area and year replaces an earlier one: the order makes it so.
        jdbc.query(
                """
                SELECT area_id, EXTRACT(YEAR FROM period_from)::int, value
                FROM measurement_version
                WHERE indicator_id = ? AND area_id = ANY (?) AND NOT retracted
                  AND value IS NOT NULL AND period_stated IS NULL
                  AND period_to = make_date(EXTRACT(YEAR FROM period_from)::int, 12, 31)
                  AND EXTRACT(MONTH FROM period_from) = 1 AND EXTRACT(DAY FROM period_from) = 1
                  AND
                """ + asOf + " ORDER BY recorded_from, measurement_id",
                rs -> {
                    population
                            .computeIfAbsent(rs.getString(1), a -> new HashMap<>())
                            .put(rs.getInt(2), rs.getBigDecimal(3));
                },
                args.toArray());
        return population;
    }

    /** Money per resident per year (committed ÷ the population summed over the funded years), or why there is none. */
    record PerResident(BigDecimal residentYears, BigDecimal amount, String status, List<Integer> missingYears) {

        static PerResident of(BigDecimal committed, Set<Integer> years, Map<Integer, BigDecimal> population) {
            if (years.isEmpty()) {
                return new PerResident(null, null, Population.NO_FUNDING, List.of());
            }
            List<Integer> missing = new ArrayList<>();
            BigDecimal residentYears = BigDecimal.ZERO;
            for (int year : years) {
                BigDecimal residents = population.get(year);
                if (residents == null || residents.signum() <= 0) {
                    missing.add(year);
                } else {
                    residentYears = residentYears.add(residents);
                }
            }
            if (!missing.isEmpty()) {
                return new PerResident(null, null, Population.NO_DATA, List.copyOf(missing));
            }
            return new PerResident(
                    residentYears, committed.divide(residentYears, 2, RoundingMode.HALF_UP), Population.OK, List.of());
        }
    }

    private List<InterventionDocument> documents(FindFundingSummaryQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(AsOf.interval("", query.asOf(), args));
        Filters.andIf(where, args, "area_ids @> ARRAY[?]::text[]", query.area());
        Filters.andIf(where, args, "lead_administration = ?", query.administration());
        Filters.andIf(where, args, "category = ?", query.category());
        return jdbc.query(
                "SELECT doc::text FROM intervention_version WHERE " + where,
                (rs, n) -> ReadModelJson.read(rs.getString(1), InterventionDocument.class),
                args.toArray());
    }

    private static void add(
            Map<String, Totals> groups,
            InterventionDocument doc,
            InterventionDocument.FundingLine line,
            FundingGroupBy groupBy) {
        BigDecimal granted = line.grantedAmount.amount();
        BigDecimal afterAdjustments = line.adjustments.isEmpty()
                ? granted
                : line.adjustments.get(line.adjustments.size() - 1).amount.amount();
        BigDecimal committed = line.current().amount();
        BigDecimal withdrawn = line.withdrawn ? afterAdjustments : BigDecimal.ZERO;
        if (groupBy == FundingGroupBy.YEAR) {
            // Each year of the line gets an even share, to the øre; the øre left over go one each to the earliest
            // years, so the years add up to the line exactly. Adjusted follows from the others for the same reason.
            int years = Math.max(1, line.toYear - line.fromYear + 1);
            List<BigDecimal> grantedShares = spread(granted, years);
            List<BigDecimal> committedShares = spread(committed, years);
            List<BigDecimal> withdrawnShares = spread(withdrawn, years);
            for (int i = 0; i < years; i++) {
                Totals t = groups.computeIfAbsent(String.valueOf(line.fromYear + i), g -> new Totals());
                t.granted = t.granted.add(grantedShares.get(i));
                t.committed = t.committed.add(committedShares.get(i));
                t.withdrawn = t.withdrawn.add(withdrawnShares.get(i));
                t.adjusted = t.adjusted.add(
                        committedShares.get(i).add(withdrawnShares.get(i)).subtract(grantedShares.get(i)));
                t.lines++;
                t.interventions.add(doc.id);
                if (!line.withdrawn) {
                    t.fundedYears.add(line.fromYear + i);
                }
            }
            return;
        }
        for (String group : groupsOf(doc, line, groupBy)) {
            Totals t = groups.computeIfAbsent(group, g -> new Totals());
            t.granted = t.granted.add(granted);
            t.committed = t.committed.add(committed);
            t.withdrawn = t.withdrawn.add(withdrawn);
            t.adjusted = t.adjusted.add(afterAdjustments.subtract(granted));
            t.lines++;
            t.interventions.add(doc.id);
            if (!line.withdrawn) {
                for (int year = line.fromYear; year <= Math.max(line.fromYear, line.toYear); year++) {
                    t.fundedYears.add(year);
                }
            }
        }
    }

    private static void spend(
            Map<String, Totals> groups,
            InterventionDocument doc,
            InterventionDocument.Expenditure expenditure,
            FundingGroupBy groupBy) {
        List<String> targets =
                switch (groupBy) {
                    case SOURCE, SOURCE_KIND -> List.of();
                    case YEAR -> List.of(String.valueOf(expenditure.year));
                    default -> groupsOf(doc, groupBy);
                };
        for (String group : targets) {
            Totals t = groups.computeIfAbsent(group, g -> new Totals());
            t.spent = t.spent.add(expenditure.amount.amount());
            t.interventions.add(doc.id);
        }
    }

    private static List<String> groupsOf(
            InterventionDocument doc, InterventionDocument.FundingLine line, FundingGroupBy groupBy) {
        return switch (groupBy) {
            case SOURCE_KIND -> List.of(line.sourceKind.name());
            case SOURCE -> List.of(known(line.source));
            default -> groupsOf(doc, groupBy);
        };
    }

    /** The intervention's own groups; empty for groupings that belong to funding lines or years. */
    private static List<String> groupsOf(InterventionDocument doc, FundingGroupBy groupBy) {
        return switch (groupBy) {
            case ADMINISTRATION -> List.of(known(doc.leadAdministration));
            case CATEGORY -> List.of(doc.category.name());
            // Every area the intervention has covered at any time counts the whole amount: money is not decided per
            // area, and any split would invent a distribution no decision made. Areas therefore overlap in sums.
            case AREA -> {
                Set<String> areas = new LinkedHashSet<>();
                doc.areas.forEach(span -> areas.add(span.key));
                yield List.copyOf(areas);
            }
            default -> List.of();
        };
    }

    private static String known(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    /** The funding line's amount spread over n years, as every reader of the registry spreads it. */
    static List<BigDecimal> spread(BigDecimal amount, int n) {
        return YearlySpread.spread(amount, n);
    }

    private static Money money(BigDecimal amount) {
        return new Money(amount, Money.DKK);
    }
}
