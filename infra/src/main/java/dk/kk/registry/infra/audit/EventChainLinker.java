package dk.kk.registry.infra.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Extends the stored chain over the events a batch of the audit-chain processor delivered, in the processor's
 * transaction so that links and token move together.
 *
 * <p>Events are linked in global order as far as the batch reaches. An event that commits late (its index was a gap
 * when later events were linked) arrives with a position below the chain's tail: the chain is then dropped from that
 * position and relinked, since every later link depends on it. A replay delivers only positions already linked and
 * changes nothing.
 */
@Component
class EventChainLinker {

    private static final Logger log = LoggerFactory.getLogger(EventChainLinker.class);
    private static final int INSERT_BATCH = 500;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;

    EventChainLinker(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        // Inside the processor's transaction (autocommit off) a fetch size makes pgjdbc read through a cursor.
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(INSERT_BATCH);
    }

    /** The global indexes of the events with these identifiers, as stored. */
    List<Long> positions(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(
                "SELECT globalindex FROM domainevententry WHERE eventidentifier = ANY (?)", Long.class, (Object)
                        eventIds.toArray(String[]::new));
    }

    void extend(Collection<Long> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        long tail = tail().position();
        long reach = delivered.stream().mapToLong(Long::longValue).max().orElseThrow();
        String late =
                delivered.stream().filter(p -> p <= tail).map(String::valueOf).collect(Collectors.joining(","));
        Long relinkFrom = late.isEmpty() ? null : jdbc.queryForObject("""
                SELECT min(p) FROM unnest(string_to_array(?, ',')::bigint[]) AS p
                WHERE NOT EXISTS (SELECT 1 FROM event_chain WHERE global_index = p)""", Long.class, late);
        if (relinkFrom != null) {
            log.debug("event {} committed after later events were linked; relinking the chain from it", relinkFrom);
            jdbc.update("DELETE FROM event_chain WHERE global_index >= ?", relinkFrom);
        } else if (reach <= tail) {
            return;
        }
        link(tail(), Math.max(reach, tail));
    }

    private record Tail(long position, String hash) {}

    private Tail tail() {
        List<Tail> last = jdbc.query(
                "SELECT global_index, hash FROM event_chain ORDER BY global_index DESC LIMIT 1",
                (rs, n) -> new Tail(rs.getLong(1), rs.getString(2)));
        return last.isEmpty() ? new Tail(0, HashChain.GENESIS) : last.get(0);
    }

    private void link(Tail from, long upTo) {
        List<Object[]> links = new ArrayList<>(INSERT_BATCH);
        String[] previous = {from.hash()};
        cursor.query(
                EventLog.STORED_COLUMNS + " FROM domainevententry e WHERE e.globalindex > ? "
                        + "AND e.globalindex <= ? ORDER BY e.globalindex",
                rs -> {
                    HashChain.StoredEvent event = EventLog.stored(rs);
                    String hash = HashChain.link(previous[0], event);
                    links.add(new Object[] {event.position(), event.eventId(), hash, previous[0]});
                    previous[0] = hash;
                    if (links.size() == INSERT_BATCH) {
                        insert(links);
                    }
                },
                from.position(),
                upTo);
        insert(links);
    }

    private void insert(List<Object[]> links) {
        if (!links.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO event_chain (global_index, event_id, hash, previous_hash) VALUES (?, ?, ?, ?)", links);
            links.clear();
        }
    }
}
