package dk.kk.registry.infra.ui;

import dk.kk.registry.command.common.NotPermitted;
import dk.kk.registry.infra.web.NotFound;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A failure on a page is a page: not found, not allowed, or an apology; never the API's problem JSON. */
@ControllerAdvice(basePackageClasses = UiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiErrors {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class, IncompatibleAggregateException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return page(model, 404, "error.notFound");
    }

    @ExceptionHandler(NotPermitted.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notPermitted(Model model) {
        return page(model, 403, "error.forbidden");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(Model model) {
        return page(model, 400, "error.badRequest");
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String unexpected(Exception e, Model model) {
        log.error("page failed unexpectedly", e);
        return page(model, 500, "error.unexpected");
    }

    private static String page(Model model, int status, String message) {
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "error-page";
    }
}
