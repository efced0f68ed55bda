package dk.kk.registry.infra.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import dk.kk.registry.command.intervention.EvaluationGracePeriod;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Deadlines in PostgreSQL (ADR 0010): Axon's {@link DbSchedulerDeadlineManager} on a db-scheduler {@link Scheduler}
 * over the registry's own database ({@code scheduled_tasks}, created by Flyway). A deadline is written in the
 * transaction of the command that sets it (the data source joins Spring's transaction), so it exists exactly when the
 * command's events do, and it survives a restart. Axon's {@code AxonDbSchedulerAutoConfiguration} contributes the
 * tasks that run deadlines once a {@link Scheduler} bean exists; the scheduler starts after everything else, when
 * Axon's aggregates can take the deadlines, and stops first.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    EvaluationGracePeriod evaluationGracePeriod(
            @Value("${registry.evaluations.grace-period:90d}") Duration gracePeriod) {
        return new EvaluationGracePeriod(gracePeriod);
    }

    @Bean
    Scheduler deadlineScheduler(
            DataSource dataSource,
            List<Task<?>> tasks,
            @Value("${registry.deadlines.polling-interval:PT10S}") Duration pollingInterval,
            @Value("${registry.deadlines.threads:2}") int threads) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .pollingInterval(pollingInterval)
                .threads(threads)
                .enableImmediateExecution()
                .commitWhenAutocommitDisabled(false)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /**
     * The deadline manager. Its handler interceptor copies the audit metadata the deadline message carries (the
     * registry as author, source {@code system}, the reason) onto the events its handler applies, as the command bus
     * does for commands.
     */
    @Bean
    DbSchedulerDeadlineManager deadlineManager(
            Scheduler scheduler,
            Configuration configuration,
            Serializer serializer,
            TransactionManager transactionManager,
            DeadlineManagerSpanFactory spanFactory,
            List<CorrelationDataProvider> correlationDataProviders) {
        DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
        manager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(correlationDataProviders));
        return manager;
    }

    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
