package dk.kk.registry.infra.eventstore;

import dk.kk.registry.command.measurement.IndicatorVersions;
import dk.kk.registry.shared.indicator.IndicatorDefinedEvent;
import dk.kk.registry.shared.indicator.IndicatorRedefinedEvent;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An indicator's current version, read from the event store inside the caller's transaction (ADR 0005): each
 * definition event of the indicator is one version.
 */
@Component
class EventStoreIndicatorVersions implements IndicatorVersions {

    private static final String DEFINED = IndicatorDefinedEvent.class.getName();
    private static final String REDEFINED = IndicatorRedefinedEvent.class.getName();

    private final JdbcTemplate jdbc;

    EventStoreIndicatorVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalInt current(String indicatorId) {
        if (indicatorId == null) {
            return OptionalInt.empty();
        }
        List<String> types = jdbc.queryForList("""
                SELECT payloadtype FROM domainevententry
                WHERE aggregateidentifier = ? AND payloadtype IN (?, ?)""", String.class, indicatorId, DEFINED, REDEFINED);
        return types.contains(DEFINED) ? OptionalInt.of(types.size()) : OptionalInt.empty();
    }
}
