package dk.kk.registry.query.area;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.Filters;
import dk.kk.registry.shared.area.DesignatedAreaView;
import dk.kk.registry.shared.area.DesignationList;
import dk.kk.registry.shared.area.FindDesignatedAreasQuery;
import dk.kk.registry.shared.common.Certainty;
import dk.kk.registry.shared.common.UncertainDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The designations that certainly or possibly held in a window, judged by the one rule for valid time
 * ({@link Certainty#ranWithin}) from the dates as stated: for the designations read and for a comparison's areas.
 */
@Component
public class DesignationsHeld {

    private final JdbcTemplate jdbc;

    DesignationsHeld(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of {@code query}, in the areas given (null: in every area), earliest first. */
    public List<DesignatedAreaView> held(FindDesignatedAreasQuery query, Collection<String> areas) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(AsOf.condition("", query.asOf(), args));
        Filters.andIf(where, args, "list = ?", query.list());
        if (areas != null) {
            where.append(" AND area_id = ANY (?)");
            args.add(areas.toArray(String[]::new));
        }
        List<DesignatedAreaView> held = new ArrayList<>();
        jdbc.query(
                """
                SELECT area_id, designation_id, list, policy, effective_from_stated, effective_to_stated
                FROM area_designation WHERE\s""" + where
                        + " ORDER BY from_earliest NULLS FIRST, from_latest NULLS FIRST, area_id, list, designation_id",
                rs -> {
                    UncertainDate from = stated(rs.getString(5));
                    UncertainDate to = stated(rs.getString(6));
                    Certainty certainty = Certainty.ranWithin(from, to, query.from(), query.to());
                    if (certainty != null && (query.certainty() == null || certainty == query.certainty())) {
                        held.add(new DesignatedAreaView(
                                rs.getString(1),
                                rs.getString(2),
                                DesignationList.valueOf(rs.getString(3)),
                                rs.getString(4),
                                from,
                                to,
                                certainty));
                    }
                },
                args.toArray());
        return held;
    }

    private static UncertainDate stated(String notation) {
        return notation == null ? null : UncertainDate.parse(notation);
    }
}
