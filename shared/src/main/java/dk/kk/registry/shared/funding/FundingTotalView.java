package dk.kk.registry.shared.funding;

import dk.kk.registry.shared.common.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * One group's totals: granted (as first granted) + adjusted (net change by adjustments) - withdrawn (the amount a
 * withdrawal took away) = committed (current amounts, zero for withdrawn lines); spent is recorded expenditure, null
 * where expenditure cannot be attributed to the group (by source and source kind: spending names no funding line).
 * <p>
 * Per resident: {@code committedPerResidentPerYear} = committed ÷ {@code residentYears}, where residentYears is the
 * sum of {@code populationArea}'s {@link Population population} over {@code fundedYears} (the years covered by the
 * group's funding lines that are not withdrawn; by {@code year}, the group's year), rounded half-up to the øre. The
 * population area is the group's area by {@code area}, else the {@code area} filter, else {@code copenhagen}.
 * {@code perResidentStatus} is {@code OK}, {@code NO_DATA} (then {@code populationMissingYears} names the years without
 * a value and the figure is null, never a guess) or {@code NO_FUNDING}.
 */
public record FundingTotalView(
        String group,
        Money committed,
        Money granted,
        Money adjusted,
        Money withdrawn,
        Money spent,
        int fundingLines,
        int interventions,
        String populationArea,
        List<Integer> fundedYears,
        BigDecimal residentYears,
        Money committedPerResidentPerYear,
        String perResidentStatus,
        List<Integer> populationMissingYears) {}
