package dk.kk.registry.query.common;

import java.util.List;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection that keeps one kind of document in one versioned table: a subclass maps the table's columns and says,
 * event by event, how a document starts and how it changes; the store, its table and its reset are this class's.
 */
public abstract class DocumentProjection<D> implements Projection {

    protected final VersionedDocuments<D> documents;

    /**
     * @param group the subclass's processing group, whose unit of work the writes join
     * @param eventsOf classes whose packages hold the events that change these documents
     */
    protected DocumentProjection(JdbcTemplate jdbc, String group, DocumentTable<D> table, Class<?>... eventsOf) {
        this.documents = new VersionedDocuments<>(new WriteAtCommit(jdbc, group), table, eventsOf);
    }

    @Override
    public List<String> tables() {
        return List.of(documents.tableName());
    }

    @ResetHandler
    protected void reset() {
        documents.reset();
    }
}
