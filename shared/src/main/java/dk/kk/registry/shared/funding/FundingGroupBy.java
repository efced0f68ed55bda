package dk.kk.registry.shared.funding;

import java.util.Arrays;
import java.util.Optional;

/** What the funding summary totals by; {@link #parameter()} is the API's spelling ({@code groupBy=sourceKind}). */
public enum FundingGroupBy {
    SOURCE_KIND("sourceKind"),
    SOURCE("source"),
    YEAR("year"),
    AREA("area"),
    ADMINISTRATION("administration"),
    CATEGORY("category");

    private final String parameter;

    FundingGroupBy(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<FundingGroupBy> fromParameter(String text) {
        return Arrays.stream(values()).filter(g -> g.parameter.equals(text)).findFirst();
    }
}
