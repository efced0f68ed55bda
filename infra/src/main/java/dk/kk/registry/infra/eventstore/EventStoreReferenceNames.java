package dk.kk.registry.infra.eventstore;

import dk.kk.registry.command.common.ReferenceNames;
import dk.kk.registry.shared.common.ReferenceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The current names of organisations and areas, read from the event store inside the command's transaction (an
 * area's latest name, from its registration or its last renaming). A transaction lock on the compared name makes a
 * second registration of it wait until the first has committed, and then see it.
 */
@Component
class EventStoreReferenceNames implements ReferenceNames {

    private static final Map<ReferenceKind, List<String>> NAMING_EVENTS = Map.of(
            ReferenceKind.ORGANISATION, List.of("dk.kk.registry.shared.organisation.OrganisationRegisteredEvent"),
            ReferenceKind.AREA,
                    List.of(
                            "dk.kk.registry.shared.area.AreaRegisteredEvent",
                            "dk.kk.registry.shared.area.AreaRenamedEvent"));

    private final JdbcTemplate jdbc;

    EventStoreReferenceNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> holderOf(ReferenceKind kind, String name, String except) {
        List<String> events = NAMING_EVENTS.get(kind);
        if (events == null || name == null) {
            return Optional.empty();
        }
        String compared = ReferenceNames.compared(name);
        TransactionLock.hold(jdbc, kind.name() + "|" + compared);
        List<Map<String, Object>> named = jdbc.queryForList("""
                SELECT DISTINCT ON (aggregateidentifier) aggregateidentifier AS id,
                       registry_jsonb(payload) ->> 'name' AS name
                FROM domainevententry
                WHERE payloadtype = ANY (?)
                ORDER BY aggregateidentifier, sequencenumber DESC""", (Object) events.toArray(String[]::new));
        return named.stream()
                .filter(row -> !row.get("id").equals(except))
                .filter(row -> row.get("name") != null
                        && ReferenceNames.compared((String) row.get("name")).equals(compared))
                .map(row -> (String) row.get("id"))
                .findFirst();
    }
}
