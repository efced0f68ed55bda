package dk.kk.registry.query.area;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.DocumentProjection;
import dk.kk.registry.query.common.DocumentTable;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.query.common.StoredValues;
import dk.kk.registry.shared.area.AreaDesignatedEvent;
import dk.kk.registry.shared.area.DesignatedAreaView;
import dk.kk.registry.shared.area.DesignationEndedEvent;
import dk.kk.registry.shared.area.DesignationList;
import dk.kk.registry.shared.area.DesignationView;
import dk.kk.registry.shared.area.FindDesignatedAreasQuery;
import dk.kk.registry.shared.area.FindDesignationsQuery;
import dk.kk.registry.shared.common.UncertainDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects areas' designations into {@code area_designation} and answers for them, as of any instant. */
@Component
@ProcessingGroup(AreaProjection.GROUP)
class AreaProjection extends DocumentProjection<AreaProjection.Designation> {

    static final String GROUP = "areas";

    /** One designation of an area as a version of its row holds it; {@code criteria} is JSON. */
    record Designation(
            DesignationList list,
            String policy,
            UncertainDate effectiveFrom,
            UncertainDate effectiveTo,
            String criteria,
            String screeningId,
            String reason,
            String endReason,
            Instant designatedAt) {}

    /**
     * The columns the previous release reads ({@code effective_from}, {@code effective_to}) hold an exact day only;
     * the notations and the days they allow have columns of their own (V200).
     */
    private static final DocumentTable<Designation> TABLE = DocumentTable.<Designation>keyedBy(
                    "area_designation", "area_id", "designation_id")
            .column("list", Designation::list)
            .column("policy", Designation::policy)
            .column("effective_from", d -> StoredValues.exactDay(d.effectiveFrom()))
            .column("effective_to", d -> StoredValues.exactDay(d.effectiveTo()))
            .column("effective_from_stated", d -> StoredValues.notation(d.effectiveFrom()))
            .column("effective_to_stated", d -> StoredValues.notation(d.effectiveTo()))
            .column("from_earliest", d -> StoredValues.earliest(d.effectiveFrom()))
            .column("from_latest", d -> StoredValues.latest(d.effectiveFrom()))
            .column("to_earliest", d -> StoredValues.earliest(d.effectiveTo()))
            .column("to_latest", d -> StoredValues.latest(d.effectiveTo()))
            .column("criteria", "?::jsonb", Designation::criteria)
            .column("screening_id", Designation::screeningId)
            .column("reason", Designation::reason)
            .column("end_reason", Designation::endReason)
            .column("designated_at", Designation::designatedAt)
            .readBack(
                    "list, policy, effective_from_stated, effective_to_stated, criteria::text AS criteria, "
                            + "screening_id, reason, end_reason, designated_at",
                    (rs, n) -> new Designation(
                            DesignationList.valueOf(rs.getString("list")),
                            rs.getString("policy"),
                            stated(rs.getString("effective_from_stated")),
                            stated(rs.getString("effective_to_stated")),
                            rs.getString("criteria"),
                            rs.getString("screening_id"),
                            rs.getString("reason"),
                            rs.getString("end_reason"),
                            rs.getTimestamp("designated_at").toInstant()));

    private final JdbcTemplate jdbc;
    private final DesignationsHeld held;

    // On a JdbcTemplate alone: a projection is also built on a scratch schema, for verify and rebuilds.
    AreaProjection(JdbcTemplate jdbc) {
        super(jdbc, GROUP, TABLE, AreaDesignatedEvent.class);
        this.jdbc = jdbc;
        this.held = new DesignationsHeld(jdbc);
    }

    @EventHandler
    void on(AreaDesignatedEvent event, DomainEventMessage<?> message) {
        RecordedBy by = RecordedBy.of(message);
        documents.start(
                message,
                List.of(event.areaId(), event.designationId()),
                () -> new Designation(
                        event.list(),
                        event.policy(),
                        event.effectiveFrom(),
                        null,
                        ReadModelJson.write(event.criteria()),
                        event.screeningId(),
                        by.reason(),
                        null,
                        by.at()));
    }

    @EventHandler
    void on(DesignationEndedEvent event, DomainEventMessage<?> message) {
        RecordedBy by = RecordedBy.of(message);
        documents.revise(
                message,
                List.of(event.areaId(), event.designationId()),
                current -> new Designation(
                        current.list(),
                        current.policy(),
                        current.effectiveFrom(),
                        event.effectiveTo(),
                        current.criteria(),
                        current.screeningId(),
                        current.reason(),
                        by.reason(),
                        current.designatedAt()));
    }

    @QueryHandler
    List<DesignationView> designations(FindDesignationsQuery query) {
        List<Object> args = new ArrayList<>();
        args.add(query.areaId());
        String asOf = AsOf.condition("", query.asOf(), args);
        return jdbc.query(
                """
                SELECT designation_id, list, policy, effective_from_stated, effective_to_stated, criteria::text,
                       screening_id, reason, end_reason, designated_at
                FROM area_designation WHERE area_id = ? AND
                """ + asOf + " ORDER BY from_earliest NULLS FIRST, from_latest NULLS FIRST, list",
                (rs, n) -> new DesignationView(
                        rs.getString(1),
                        DesignationList.valueOf(rs.getString(2)),
                        rs.getString(3),
                        stated(rs.getString(4)),
                        stated(rs.getString(5)),
                        List.of(ReadModelJson.read(rs.getString(6), String[].class)),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getTimestamp(10).toInstant()),
                args.toArray());
    }

    /** Every current designation of the list is read and judged by the one rule for valid time. */
    @QueryHandler
    List<DesignatedAreaView> designatedAreas(FindDesignatedAreasQuery query) {
        return held.held(query, null);
    }

    private static UncertainDate stated(String notation) {
        return notation == null ? null : UncertainDate.parse(notation);
    }
}
