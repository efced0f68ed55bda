package dk.kk.registry.infra.config;

import java.sql.Connection;
import java.sql.Savepoint;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each projection handler call runs under a savepoint of the processor's transaction. A processor handles a batch of
 * events in one transaction; when one handler's SQL fails, PostgreSQL refuses every further statement of that
 * transaction, so without a savepoint the dead-letter queue could not park the event (its insert is refused too), the
 * whole batch rolled back and the processor retried it forever. Rolled back to the savepoint, the failed event leaves
 * no partial rows, is parked, and the batch goes on. Costs two short statements per event (ADR 0003).
 */
@Component
class ProjectionSavepoints implements HandlerEnhancerDefinition {

    /**
     * Processing groups whose handlers only collect rows and write them for the whole batch at commit (measurements;
     * the hash chain links at commit): a savepoint around a handler call would protect nothing there and cost two
     * statements per event, which a bulk of 100 000 measurements would feel.
     */
    static final Set<String> WRITE_AT_COMMIT = Set.of("measurements", "audit-chain");

    private final ObjectProvider<DataSource> dataSource;

    ProjectionSavepoints(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = AnnotationUtils.findAnnotation(original.declaringClass(), ProcessingGroup.class);
        boolean projection = original.canHandleMessageType(EventMessage.class) && group != null
                && !WRITE_AT_COMMIT.contains(group.value());
        return projection ? new UnderSavepoint<>(original, dataSource) : original;
    }

    private static final class UnderSavepoint<T> extends WrappedMessageHandlingMember<T> {

        private final ObjectProvider<DataSource> dataSource;

        UnderSavepoint(MessageHandlingMember<T> delegate, ObjectProvider<DataSource> dataSource) {
            super(delegate);
            this.dataSource = dataSource;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            Connection connection = DataSourceUtils.getConnection(dataSource.getObject());
            Savepoint savepoint = connection.setSavepoint();
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error e) {
                connection.rollback(savepoint);
                throw e;
            }
            connection.releaseSavepoint(savepoint);
            return result;
        }
    }
}
