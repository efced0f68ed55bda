package dk.kk.registry.query.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The versioned-document store on a real PostgreSQL, with a small table of notes: what every projection relies on
 * when a processor hands it a batch of events, sees an event twice, or fails to write at commit.
 */
class VersionedDocumentsTest {

    /** The notes' events: a title given, or a note begun. */
    record NoteWritten(String id, String title) {}

    /** A note as its rows hold it: the title, and the JSON document listing every title it had. */
    public static class Note {
        public String title;
        public List<String> titles = new ArrayList<>();
    }

    private static EmbeddedPostgres postgres;
    private static CountingJdbcTemplate jdbc;
    private static TransactionTemplate transactions;

    private VersionedDocuments<Note> notes;
    private long position;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
        DataSource dataSource = postgres.getPostgresDatabase();
        jdbc = new CountingJdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void freshTable() {
        jdbc.execute("DROP TABLE IF EXISTS note_version");
        jdbc.execute("""
                CREATE TABLE note_version (
                    note_id TEXT NOT NULL, version BIGINT NOT NULL, recorded_from TIMESTAMPTZ NOT NULL,
                    recorded_to TIMESTAMPTZ, title TEXT NOT NULL, doc JSONB NOT NULL,
                    PRIMARY KEY (note_id, version))""");
        jdbc.execute("CREATE UNIQUE INDEX note_version_current ON note_version (note_id) WHERE recorded_to IS NULL");
        jdbc.execute("""
                CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.title = 'poison' THEN RAISE EXCEPTION 'poison title'; END IF;
                    RETURN NEW;
                END $$""".replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"));
        jdbc.execute("CREATE TRIGGER refuse_poison BEFORE INSERT ON note_version FOR EACH ROW "
                + "EXECUTE FUNCTION refuse_poison()");
        DocumentTable<Note> table = DocumentTable.<Note>keyedBy("note_version", "note_id")
                .column("title", note -> note.title)
                .json("doc", Note.class);
        notes = new VersionedDocuments<>(new WriteAtCommit(jdbc, "notes"), table, NoteWritten.class);
    }

    @Test
    void aBatchReadsItsCurrentDocumentsWithOneQueryAndWritesThemWhenItCommits() {
        handleAlone(event("a", 0, "first"));
        handleAlone(event("b", 0, "first"));
        List<DomainEventMessage<NoteWritten>> batch = List.of(
                event("a", 1, "second"), event("b", 1, "second"), event("a", 2, "third"), event("c", 0, "first"));
        jdbc.queries.set(0);
        AtomicInteger rowsBeforeCommit = new AtomicInteger(-1);

        ResultMessage<?> result = handleInBatch(batch, () -> rowsBeforeCommit.set(count()));

        assertThat(result.isExceptional()).isFalse();
        assertThat(rowsBeforeCommit).as("nothing written before the commit").hasValue(2);
        assertThat(jdbc.queries)
                .as("one query for the batch's current documents, whatever their number")
                .hasValue(1);
        assertThat(versions("a")).containsExactly("0 first closed", "1 second closed", "2 third current");
        assertThat(versions("b")).containsExactly("0 first closed", "1 second current");
        assertThat(versions("c")).containsExactly("0 first current");
        assertThat(currentDocument("a").titles).containsExactly("first", "second", "third");
    }

    @Test
    void anEventSeenTwiceChangesNothingInABatchOrAlone() {
        List<DomainEventMessage<NoteWritten>> events = List.of(event("a", 0, "first"), event("a", 1, "second"));
        handleInBatch(events, () -> {});
        List<Map<String, Object>> before = jdbc.queryForList("SELECT * FROM note_version ORDER BY note_id, version");

        handleInBatch(events, () -> {});
        events.forEach(this::handleAlone);

        assertThat(jdbc.queryForList("SELECT * FROM note_version ORDER BY note_id, version"))
                .isEqualTo(before);
    }

    @Test
    void aRevisionOfADocumentTheTableDoesNotHoldWritesNothing() {
        handleAlone(event("ghost", 3, "revised"));
        handleInBatch(List.of(event("ghost", 4, "again")), () -> {});

        assertThat(count()).isZero();
    }

    @Test
    void aBatchThatFailsAtCommitIsRetriedOneEventAtATimeSoOnlyThePoisonedEventFails() {
        List<DomainEventMessage<NoteWritten>> batch = List.of(event("good", 0, "fine"), event("bad", 0, "poison"));

        ResultMessage<?> failed = handleInBatch(batch, () -> {});
        assertThat(failed.isExceptional()).isTrue();
        assertThat(failed.exceptionResult())
                .hasMessageContaining("the notes projection could not write")
                .hasMessageContaining("poison title");
        assertThat(count()).as("the failed batch wrote nothing").isZero();

        List<String> failedInHandler = new ArrayList<>();
        BatchingUnitOfWork<EventMessage<?>> retry = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        retry.executeWithResult(
                () -> {
                    try {
                        handle(retry.getMessage());
                    } catch (DataAccessException | IllegalStateException e) {
                        failedInHandler.add(((NoteWritten) retry.getMessage().getPayload()).id());
                    }
                    return null;
                },
                RollbackConfigurationType.NEVER);

        assertThat(failedInHandler)
                .as("the poisoned event fails in its own handler call")
                .containsExactly("bad");
        assertThat(versions("good")).containsExactly("0 fine current");

        AtomicInteger rowsBeforeCommit = new AtomicInteger(-1);
        handleInBatch(List.of(event("good", 1, "finer")), () -> rowsBeforeCommit.set(count()));
        assertThat(rowsBeforeCommit)
                .as("after a commit, the next batch writes at its commit again")
                .hasValue(1);
        assertThat(versions("good")).containsExactly("0 fine closed", "1 finer current");
    }

    @Test
    void aChangeThatFailsLeavesTheNextEventTheLastGoodDocument() {
        handleAlone(event("a", 0, "first"));
        BatchingUnitOfWork<EventMessage<?>> batch =
                new BatchingUnitOfWork<>(List.of(event("a", 1, "broken"), event("a", 2, "second")));
        batch.executeWithResult(
                () -> {
                    DomainEventMessage<?> message = (DomainEventMessage<?>) batch.getMessage();
                    NoteWritten written = (NoteWritten) message.getPayload();
                    try {
                        notes.revise(message, written.id(), note -> {
                            note.titles.add(written.title());
                            if (written.title().equals("broken")) {
                                throw new IllegalArgumentException("a bug in the projection");
                            }
                            note.title = written.title();
                            return note;
                        });
                    } catch (IllegalArgumentException e) {
                        // parked by the processor's dead-letter queue
                    }
                    return null;
                },
                RollbackConfigurationType.NEVER);

        assertThat(versions("a")).containsExactly("0 first closed", "2 second current");
        assertThat(currentDocument("a").titles).containsExactly("first", "second");
    }

    @Test
    void resetEmptiesTheTable() {
        handleAlone(event("a", 0, "first"));

        notes.reset();

        assertThat(count()).isZero();
    }

    private DomainEventMessage<NoteWritten> event(String id, long sequence, String title) {
        position++;
        return new GenericDomainEventMessage<>(
                "Note",
                id,
                sequence,
                new NoteWritten(id, title),
                MetaData.emptyInstance(),
                id + "-" + sequence + "-" + title,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(position));
    }

    private void handle(EventMessage<?> message) {
        DomainEventMessage<?> event = (DomainEventMessage<?>) message;
        NoteWritten written = (NoteWritten) event.getPayload();
        if (event.getSequenceNumber() == 0) {
            notes.start(event, written.id(), () -> {
                Note note = new Note();
                note.title = written.title();
                note.titles.add(written.title());
                return note;
            });
        } else {
            notes.revise(event, written.id(), note -> {
                note.title = written.title();
                note.titles.add(written.title());
                return note;
            });
        }
    }

    private void handleAlone(EventMessage<?> message) {
        assertThat(CurrentUnitOfWork.isStarted()).isFalse();
        handle(message);
    }

    /**
     * Handles the events as a processor's batch does, in one transaction that commits with the unit of work, running
     * {@code beforeCommit} after the last one.
     */
    private ResultMessage<?> handleInBatch(List<? extends EventMessage<?>> events, Runnable beforeCommit) {
        return transactions.execute(status -> {
            BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new ArrayList<>(events));
            ResultMessage<?> result = batch.executeWithResult(
                    () -> {
                        handle(batch.getMessage());
                        if (batch.isLastMessage()) {
                            beforeCommit.run();
                        }
                        return null;
                    },
                    RollbackConfigurationType.ANY_THROWABLE);
            if (result.isExceptional()) {
                status.setRollbackOnly();
            }
            return result;
        });
    }

    private int count() {
        return jdbc.queryForObject("SELECT count(*) FROM note_version", Integer.class);
    }

    private List<String> versions(String id) {
        return jdbc.queryForList("""
                SELECT version || ' ' || title || ' ' || CASE WHEN recorded_to IS NULL THEN 'current' ELSE 'closed' END
                FROM note_version WHERE note_id = ? ORDER BY version""", String.class, id);
    }

    private Note currentDocument(String id) {
        return ReadModelJson.read(
                jdbc.queryForObject(
                        "SELECT doc::text FROM note_version WHERE note_id = ? AND recorded_to IS NULL",
                        String.class,
                        id),
                Note.class);
    }

    /** Counts the queries the store sends, to show a batch reads its documents once. */
    private static final class CountingJdbcTemplate extends JdbcTemplate {

        final AtomicInteger queries = new AtomicInteger();

        CountingJdbcTemplate(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public <T> T query(
                PreparedStatementCreator creator, PreparedStatementSetter setter, ResultSetExtractor<T> extractor) {
            queries.incrementAndGet();
            return super.query(creator, setter, extractor);
        }
    }
}
