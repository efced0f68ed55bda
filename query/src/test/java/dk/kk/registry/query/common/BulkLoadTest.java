package dk.kk.registry.query.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild's bulk load (COPY, documents held in memory, the search column computed once per distinct text) writes
 * exactly the rows the row-by-row path writes, on a real PostgreSQL, whatever the text holds.
 */
class BulkLoadTest {

    record MemoWritten(String id, String title, List<String> tags) {}

    public static class Memo {
        public String title;
        public List<String> tags = new ArrayList<>();
        public List<String> titles = new ArrayList<>();
    }

    /** Text that COPY's format escapes or that must survive its encoding; U+FFFD as the registry stores a NUL. */
    private static final List<String> AWKWARD = List.of(
            "tab\there",
            "new\nline and\r\nreturn",
            "back\\slash \\N \\t",
            "æøå ÆØÅ Københavns Kommune",
            "replaced \uFFFD where a NUL was",
            "quotes \" and 'single' {a,b} NULL",
            "emoji 😀 and ∑",
            "",
            "\\",
            "\"",
            "trailing space ");

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        for (String table : List.of("memo_by_row", "memo_in_bulk")) {
            jdbc.execute("CREATE TABLE " + table + """
                     (
                        memo_id TEXT NOT NULL, version BIGINT NOT NULL, recorded_from TIMESTAMPTZ NOT NULL,
                        recorded_to TIMESTAMPTZ, title TEXT, tags TEXT[] NOT NULL, changed_at TIMESTAMPTZ,
                        search TSVECTOR, doc JSONB NOT NULL, PRIMARY KEY (memo_id, version))""");
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    private static VersionedDocuments<Memo> memos(String table) {
        DocumentTable<Memo> documents = DocumentTable.<Memo>keyedBy(table, "memo_id")
                .column("title", memo -> memo.title)
                .column("tags", memo -> memo.tags)
                .column("changed_at", memo -> Instant.parse("2026-01-01T00:00:00.123456Z")
                        .plusSeconds(memo.titles.size()))
                .column(
                        "search",
                        "setweight(to_tsvector('danish', ?), 'A') || to_tsvector('danish', ?)",
                        memo -> memo.title,
                        memo -> String.join(" ", memo.tags))
                .json("doc", Memo.class);
        return new VersionedDocuments<>(new WriteAtCommit(jdbc, table), documents, MemoWritten.class);
    }

    @Test
    void aBulkLoadWritesTheRowsTheRowByRowPathWrites() {
        List<DomainEventMessage<MemoWritten>> events = history();
        VersionedDocuments<Memo> byRow = memos("memo_by_row");
        events.forEach(event -> handle(byRow, event));

        VersionedDocuments<Memo> inBulk = memos("memo_in_bulk");
        // Two open documents at most: the others are written open, read back and closed, as in a large rebuild.
        try (BulkLoad load = BulkLoad.begin(jdbc, 2)) {
            events.forEach(event -> handle(inBulk, event));
            load.finish();
        }

        assertThat(count("memo_in_bulk")).isEqualTo(count("memo_by_row")).isEqualTo(events.size());
        assertThat(jdbc.queryForList("SELECT * FROM memo_by_row EXCEPT SELECT * FROM memo_in_bulk"))
                .isEmpty();
        assertThat(jdbc.queryForList("SELECT * FROM memo_in_bulk EXCEPT SELECT * FROM memo_by_row"))
                .isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM memo_in_bulk WHERE recorded_to IS NULL", Integer.class))
                .as("one current version per memo")
                .isEqualTo(5);
        assertThat(jdbc.queryForList(
                        "SELECT title FROM memo_in_bulk WHERE memo_id = 'memo-0' AND recorded_to IS NULL",
                        String.class))
                .containsExactly(events.stream()
                        .filter(e -> e.getAggregateIdentifier().equals("memo-0"))
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .getPayload()
                        .title());
    }

    /** Five memos written to in turn, each text awkward, some versions repeating their predecessor's title. */
    private static List<DomainEventMessage<MemoWritten>> history() {
        List<DomainEventMessage<MemoWritten>> events = new ArrayList<>();
        int position = 0;
        for (int round = 0; round < 6; round++) {
            for (int memo = 0; memo < 5; memo++) {
                String id = "memo-" + memo;
                String title = round % 3 == 2
                        ? AWKWARD.get((round - 1 + memo) % AWKWARD.size())
                        : AWKWARD.get((round + memo) % AWKWARD.size());
                List<String> tags = List.of(
                        AWKWARD.get((memo + 3) % AWKWARD.size()), "tag " + (round % 3 == 2 ? round - 1 : round));
                position++;
                events.add(new GenericDomainEventMessage<>(
                        "Memo",
                        id,
                        round,
                        new MemoWritten(id, title, tags),
                        MetaData.emptyInstance(),
                        id + "-" + round,
                        Instant.parse("2026-01-01T00:00:00.000001Z").plusMillis(position)));
            }
        }
        return events;
    }

    private static void handle(VersionedDocuments<Memo> memos, DomainEventMessage<MemoWritten> event) {
        MemoWritten written = event.getPayload();
        if (event.getSequenceNumber() == 0) {
            memos.start(event, written.id(), () -> apply(new Memo(), written));
        } else {
            memos.revise(event, written.id(), memo -> apply(memo, written));
        }
    }

    private static Memo apply(Memo memo, MemoWritten written) {
        memo.title = written.title();
        memo.tags = written.tags();
        memo.titles.add(written.title());
        return memo;
    }

    private static int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }
}
