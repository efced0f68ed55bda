package dk.kk.registry.shared.measurement;

import java.time.Instant;
import java.util.List;

/**
 * The measurements of an indicator in the areas given (all areas when empty) whose period overlaps the years
 * fromYear to toYear (open-ended when null), as known at asOf (now when null). At most {@code limit} items.
 */
public record FindIndicatorSeriesQuery(
        String indicator, List<String> areas, Integer fromYear, Integer toYear, Instant asOf, int limit) {}
