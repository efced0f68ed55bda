package dk.kk.registry.query.area;

import dk.kk.registry.query.common.AsOf;
import dk.kk.registry.query.common.ReadModelJson;
import dk.kk.registry.query.common.RecordedBy;
import dk.kk.registry.shared.area.AreaDesignatedEvent;
import dk.kk.registry.shared.area.DesignationEndedEvent;
import dk.kk.registry.shared.area.DesignationList;
import dk.kk.registry.shared.area.DesignationView;
import dk.kk.registry.shared.area.FindDesignationsQuery;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects areas' designations into {@code area_designation} and answers for them, as of any instant. */
@Component
@ProcessingGroup(AreaProjection.GROUP)
class AreaProjection {

    static final String GROUP = "areas";

    private final JdbcTemplate jdbc;

    AreaProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AreaDesignatedEvent event, DomainEventMessage<?> message) {
        RecordedBy by = RecordedBy.of(message);
        jdbc.update("""
                INSERT INTO area_designation (area_id, designation_id, version, recorded_from, list, policy,
                    effective_from, criteria, screening_id, reason, designated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.areaId(), event.designationId(), message.getSequenceNumber(), Timestamp.from(by.at()),
                event.list().name(), event.policy(), Date.valueOf(event.effectiveFrom()),
                ReadModelJson.write(event.criteria()), event.screeningId(), by.reason(), Timestamp.from(by.at()));
    }

    @EventHandler
    void on(DesignationEndedEvent event, DomainEventMessage<?> message) {
        RecordedBy by = RecordedBy.of(message);
        Timestamp at = Timestamp.from(by.at());
        Long current = jdbc.query("""
                SELECT version FROM area_designation
                WHERE area_id = ? AND designation_id = ? AND recorded_to IS NULL""",
                rs -> rs.next() ? rs.getLong(1) : null, event.areaId(), event.designationId());
        if (current == null || current >= message.getSequenceNumber()) {
            return;
        }
        jdbc.update("""
                INSERT INTO area_designation (area_id, designation_id, version, recorded_from, list, policy,
                    effective_from, effective_to, criteria, screening_id, reason, end_reason, designated_at)
                SELECT area_id, designation_id, ?, ?, list, policy, effective_from, ?, criteria, screening_id,
                       reason, ?, designated_at
                FROM area_designation WHERE area_id = ? AND designation_id = ? AND version = ?
                ON CONFLICT DO NOTHING""",
                message.getSequenceNumber(), at, Date.valueOf(event.effectiveTo()), by.reason(), event.areaId(),
                event.designationId(), current);
        jdbc.update("""
                UPDATE area_designation SET recorded_to = ?
                WHERE area_id = ? AND designation_id = ? AND version = ?""",
                at, event.areaId(), event.designationId(), current);
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE area_designation");
    }

    @QueryHandler
    List<DesignationView> designations(FindDesignationsQuery query) {
        List<Object> args = new ArrayList<>();
        args.add(query.areaId());
        String asOf = AsOf.condition("", query.asOf(), args);
        return jdbc.query("""
                SELECT designation_id, list, policy, effective_from, effective_to, criteria::text, screening_id,
                       reason, end_reason, designated_at
                FROM area_designation WHERE area_id = ? AND
                """ + asOf + " ORDER BY effective_from, list",
                (rs, n) -> new DesignationView(rs.getString(1), DesignationList.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        List.of(ReadModelJson.read(rs.getString(6), String[].class)), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant()),
                args.toArray());
    }
}
