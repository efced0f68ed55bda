package dk.kk.registry.infra.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hash chain of restored events, written in bulk in the restore's transaction: the rows the chain processor would
 * write for them ({@code global_index, event_id, hash, previous_hash}), taken from the export file whose chain the
 * restore has already checked. The stored chain is then verified by {@link EventLog#verify}, which recomputes every link
 * from the events as the event table holds them: a link taken from the file that the stored event does not give breaks
 * it there.
 */
public final class RestoredLinks {

    private static final int BATCH = 1000;
    private static final String INSERT =
            "INSERT INTO event_chain (global_index, event_id, hash, previous_hash) VALUES (?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final List<Object[]> rows = new ArrayList<>(BATCH);
    private String previous = HashChain.GENESIS;

    public RestoredLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next event's link, in global order: the hash its line states. */
    public void add(long position, String eventId, String hash) {
        rows.add(new Object[] {position, eventId, hash, previous});
        previous = hash;
        if (rows.size() == BATCH) {
            flush();
        }
    }

    /** Writes the links still held. */
    public void flush() {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
            rows.clear();
        }
    }
}
