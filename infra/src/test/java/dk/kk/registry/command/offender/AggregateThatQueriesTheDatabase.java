package dk.kk.registry.command.offender;

import org.springframework.jdbc.core.JdbcTemplate;

/** Breaks the architecture on purpose, so that {@code ArchitectureTest} can show its rule bites. */
public class AggregateThatQueriesTheDatabase {

    private final JdbcTemplate jdbc;

    public AggregateThatQueriesTheDatabase(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int count() {
        Integer count = jdbc.queryForObject("SELECT 1", Integer.class);
        return count == null ? 0 : count;
    }
}
