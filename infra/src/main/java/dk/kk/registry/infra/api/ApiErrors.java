package dk.kk.registry.infra.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dk.kk.registry.command.common.AlreadyRecorded;
import dk.kk.registry.command.common.NotPermitted;
import dk.kk.registry.command.common.RuleViolation;
import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.DateRange;
import dk.kk.registry.infra.http.JsonConfiguration;
import dk.kk.registry.infra.http.NotFound;
import dk.kk.registry.infra.http.ProblemResponses;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every failure to problem details: input errors to 400 with the fields, rules to 422 with the rule's name,
 * permissions to 403, unknown resources to 404, version conflicts and duplicates to 409. Never a stack trace.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail rule(RuleViolation violation) {
        ProblemDetail problem =
                ProblemResponses.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Rule violated", violation.getMessage());
        problem.setProperty("rule", violation.rule());
        if (violation.field() != null) {
            problem.setProperty(
                    "errors", List.of(Map.of("field", violation.field(), "message", violation.getMessage())));
        }
        return problem;
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e) {
        return ProblemResponses.problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(AlreadyRecorded.class)
    ProblemDetail duplicate(AlreadyRecorded e) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "Already exists", e.getMessage());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail versionMoved(ConflictingAggregateVersionException e) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.CONFLICT,
                "Version conflict",
                "the resource has changed since the version in If-Match; read it again and retry");
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    @ExceptionHandler({AggregateStreamCreationException.class, ConcurrencyException.class})
    ProblemDetail concurrent(RuntimeException e) {
        return ProblemResponses.problem(
                HttpStatus.CONFLICT,
                "Concurrent change",
                "another change to the same resource was recorded at the same moment; read it again and retry");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return ProblemResponses.problem(
                HttpStatus.NOT_FOUND, "Not found", "no such resource: " + e.getAggregateIdentifier());
    }

    /**
     * A command addressed to the id of another kind of thing (an area's slug on an intervention path, say): Axon
     * replays that aggregate's events into the wrong type and finds no identifier. For the client it does not exist.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail wrongKind(IncompatibleAggregateException e, WebRequest request) {
        return ProblemResponses.problem(
                HttpStatus.NOT_FOUND,
                "Not found",
                "no such resource: " + request.getDescription(false).replaceFirst("^uri=", ""));
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(BadInput.class)
    ProblemDetail badInput(BadInput e) {
        return ProblemResponses.invalid(e.getMessage(), List.of(Map.of("field", e.field(), "message", e.getMessage())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "'" + shown(e.getValue()) + "' is not a valid " + e.getName() + expected(e.getRequiredType());
        return ProblemResponses.invalid(message, List.of(Map.of("field", e.getName(), "message", message)));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraint(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        return ProblemResponses.invalid("the request has invalid values", errors);
    }

    @ExceptionHandler({CommandExecutionException.class, QueryExecutionException.class})
    ResponseEntity<Object> wrapped(RuntimeException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuleViolation violation) {
            return ResponseEntity.unprocessableEntity().body(rule(violation));
        }
        if (cause instanceof NotPermitted denied) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(notPermitted(denied));
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("request failed unexpectedly", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ProblemResponses.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Internal error",
                        "the registry could not complete the request"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of(
                    "field",
                    error.getField(),
                    "message",
                    error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(
                        Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
        String detail = errors.stream()
                .map(m -> m.get("field") + ": " + m.get("message"))
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(ProblemResponses.invalid(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> errors.add(Map.of(
                        "field",
                        String.valueOf(result.getMethodParameter().getParameterName()),
                        "message",
                        String.valueOf(error.getDefaultMessage())))));
        return ResponseEntity.badRequest().body(ProblemResponses.invalid("the request has invalid values", errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String message = e.getParameterName() + " is required";
        return ResponseEntity.badRequest()
                .body(ProblemResponses.invalid(
                        message, List.of(Map.of("field", e.getParameterName(), "message", message))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "the body is not valid JSON for this request";
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping);
            if (cause instanceof JsonConfiguration.InputRefused refused) {
                message = refused.getOriginalMessage();
            } else if (cause instanceof UnrecognizedPropertyException unknown) {
                message = "unknown field '" + unknown.getPropertyName() + "'";
            } else if (cause instanceof InvalidFormatException format) {
                message = "'" + format.getValue() + "' is not a valid value" + expected(format.getTargetType());
            } else if (cause instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
                message = instantiation.getCause().getMessage();
            } else if (cause instanceof MismatchedInputException mismatched) {
                message = "has the wrong type" + expected(mismatched.getTargetType());
            } else {
                message = "is not valid";
            }
        } else if (cause instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            message = instantiation.getCause().getMessage();
        }
        return ResponseEntity.badRequest()
                .body(ProblemResponses.invalid(
                        field + ": " + message, List.of(Map.of("field", field, "message", message))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null
                && response.getBody() instanceof ProblemDetail problem
                && problem.getType() != null
                && "about:blank".equals(problem.getType().toString())) {
            problem.setType(java.net.URI.create(ProblemResponses.TYPE_BASE + status.value()));
        }
        return response;
    }

    /** A path no operation takes: which one, not Spring's wording about handlers and static resources. */
    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(
            NoHandlerFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return noSuchPath(e.getRequestURL());
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return noSuchPath("/" + e.getResourcePath());
    }

    private static ResponseEntity<Object> noSuchPath(String path) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(HttpStatus.NOT_FOUND, "Not found", "no such resource: " + path));
    }

    /** A value as the client wrote it: a parameter given twice is two values, not a Java array's name. */
    private static String shown(Object value) {
        return value instanceof Object[] values
                ? Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(value);
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            return "; expected one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "; expected a date YYYY-MM-DD " + DateRange.DATES;
            case "Instant" -> "; expected an ISO-8601 instant such as 2024-06-01T12:00:00Z, " + DateRange.INSTANTS;
            case "Integer", "int", "Long", "long" -> "; expected a whole number";
            case "BigDecimal" -> "; expected a decimal number";
            default -> "";
        };
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
