package dk.kk.registry.infra.ui;

import dk.kk.registry.command.common.NotPermitted;
import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A failure on a page is a page: invalid, not allowed, not found, not possible here, or an apology, in the user's
 * language and with the status it stands for; never the API's problem JSON. It takes every failure on the UI's paths
 * (those {@link UiSecurityConfiguration#isPage} names), before the API's handlers can, whether a page's controller
 * failed or no controller took the request (an unknown path, a verb the path does not take).
 */
@Component
class UiErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    /** After Spring Boot's error attributes, which only note the exception, and before Spring MVC's resolvers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    @Nullable
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception e) {
        if (!UiSecurityConfiguration.isPage(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            return null;
        }
        int status = status(e);
        if (status >= 500) {
            log.error("page failed unexpectedly", e);
        }
        if (e instanceof ErrorResponse answer) {
            answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        chosenLanguage(request, response);
        return page(status);
    }

    static ModelAndView page(int status) {
        HttpStatus resolved = HttpStatus.resolve(status);
        ModelAndView page = new ModelAndView("error-page", Map.of("status", status, "message", message(status)));
        page.setStatus(resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved);
        return page;
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "error.badRequest";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            default -> status < 500 ? "error.refused" : "error.unexpected";
        };
    }

    /**
     * {@code ?lang=} on a path no controller takes: the locale interceptor runs only for a controller's requests, and
     * the page should speak as the switch asked.
     */
    static void chosenLanguage(HttpServletRequest request, HttpServletResponse response) {
        String lang = request.getParameter("lang");
        LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
        if (resolver != null && ("da".equals(lang) || "en".equals(lang))) {
            resolver.setLocale(request, response, Locale.forLanguageTag(lang));
        }
    }

    private static int status(Exception e) {
        if ((e instanceof CommandExecutionException || e instanceof QueryExecutionException)
                && e.getCause() instanceof Exception cause) {
            return status(cause);
        }
        if (e instanceof NotFound
                || e instanceof AggregateNotFoundException
                || e instanceof IncompatibleAggregateException) {
            return 404;
        }
        if (e instanceof NotPermitted || e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof ErrorResponse answer) {
            return answer.getStatusCode().value();
        }
        if (e instanceof BindException
                || e instanceof TypeMismatchException
                || e instanceof BadInput
                || e instanceof ConstraintViolationException
                || e instanceof HttpMessageNotReadableException) {
            return 400;
        }
        return 500;
    }
}
