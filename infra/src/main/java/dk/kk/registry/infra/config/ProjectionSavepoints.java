package dk.kk.registry.infra.config;

import dk.kk.registry.query.common.Projection;
import java.sql.Connection;
import java.sql.Savepoint;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A projection's handler calls run under savepoints of the processor's transaction when, and only when, a batch of
 * that projection has just failed. A processor handles a batch of events in one transaction; when one handler's SQL
 * fails, PostgreSQL refuses every further statement of that transaction, the dead-letter queue cannot park the event
 * (its insert is refused too), the batch rolls back and the processor retries it. That retry runs each handler call
 * under its own savepoint: rolled back to it, the failed event leaves no partial rows, is parked, and the batch commits;
 * the next commit ends the careful mode. Savepoints on every call would cost two statements per event and, in batches
 * of a thousand, overflow PostgreSQL's cache of 64 subtransactions per transaction, which slows every session's
 * visibility checks: a replay measured about 100 events/s per projection with them, against thousands without (ADR 0003).
 */
@Component
class ProjectionSavepoints implements HandlerEnhancerDefinition {

    private static final String CAREFUL = ProjectionSavepoints.class.getName() + ".careful.";

    private final ObjectProvider<DataSource> dataSource;

    /** The processing groups whose last batch failed: their handler calls run under savepoints until a commit. */
    private final Set<String> careful = ConcurrentHashMap.newKeySet();

    ProjectionSavepoints(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = AnnotationUtils.findAnnotation(original.declaringClass(), ProcessingGroup.class);
        // Only the read side's projections: the hash chain links at commit, where a savepoint would protect nothing.
        boolean projection = original.canHandleMessageType(EventMessage.class)
                && group != null
                && Projection.class.isAssignableFrom(original.declaringClass());
        return projection ? new UnderSavepoint<>(original, dataSource, group.value(), careful) : original;
    }

    private static final class UnderSavepoint<T> extends WrappedMessageHandlingMember<T> {

        private final ObjectProvider<DataSource> dataSource;

        private final String group;
        private final Set<String> careful;

        UnderSavepoint(
                MessageHandlingMember<T> delegate,
                ObjectProvider<DataSource> dataSource,
                String group,
                Set<String> careful) {
            super(delegate);
            this.dataSource = dataSource;
            this.group = group;
            this.careful = careful;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            if (!careful.contains(group)) {
                try {
                    return super.handle(message, target);
                } catch (Exception | Error e) {
                    careful.add(group);
                    throw e;
                }
            }
            if (CurrentUnitOfWork.isStarted()) {
                UnitOfWork<?> root = CurrentUnitOfWork.get().root();
                root.getOrComputeResource(CAREFUL + group, key -> {
                    root.afterCommit(u -> careful.remove(group));
                    return Boolean.TRUE;
                });
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
