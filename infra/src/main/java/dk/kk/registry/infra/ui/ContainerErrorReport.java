package dk.kk.registry.infra.ui;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat refuses some requests before any servlet sees them (a path with {@code %2F}, {@code %5C}, {@code %00} or
 * invalid UTF-8) and answers with its own HTML page. Its error report valve is replaced by one that answers as
 * {@link ErrorPages} does: problem details for the API, the styled page for the UI's paths.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(StandardHost.class)
class ContainerErrorReport {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReport(ObjectProvider<ErrorPages> pages) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof Host host) {
                // Spring Boot adds a report valve of its own (server.error.include-stacktrace=never), Tomcat one
                // at start unless the host's valve class is there already.
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemReport.class.getName());
                }
                host.getPipeline().addValve(new ProblemReport(pages));
            }
        });
    }

    /** Tomcat's report, but written by {@link ErrorPages#forContainer}. */
    static final class ProblemReport extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(ProblemReport.class);

        private final ObjectProvider<ErrorPages> pages;

        ProblemReport(ObjectProvider<ErrorPages> pages) {
            this.pages = pages;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean writable = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get()) {
                return;
            }
            try {
                ErrorPages.Answer answer = pages.getObject().forContainer(request, response, status);
                response.setContentType(answer.contentType());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(answer.body());
                    response.finishResponse();
                }
            } catch (IOException | RuntimeException e) {
                log.warn("could not answer a request Tomcat refused", e);
            }
        }
    }
}
