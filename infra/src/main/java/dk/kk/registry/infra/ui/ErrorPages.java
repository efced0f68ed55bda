package dk.kk.registry.infra.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.infra.http.ProblemResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * What the container answers when a request failed before or outside a controller: a refused address, a refused
 * sign-in on a page, a verb nobody takes. It replaces Spring Boot's {@code /error}, whose JSON is neither problem
 * details nor a page: the UI's paths get the styled page in the user's language, every other path problem details.
 * Asked for by name, {@code /error} is no resource of the registry (404). {@link #forContainer} does the same for
 * the requests Tomcat refuses before any servlet sees them (see {@link ContainerErrorReport}).
 */
@Controller
// Only where there is a servlet container: the command-line runs (backup, restore, verify, import) have none and
// failed to start with this page's need for a ServletContext.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final Pattern LANGUAGE_COOKIE =
            Pattern.compile("(?:^|;)\\s*" + UiConfiguration.LANGUAGE_COOKIE + "=([a-z]{2})\\b");

    private final ITemplateEngine templates;
    private final ServletContext servletContext;
    private final ObjectMapper json;

    ErrorPages(ITemplateEngine templates, ServletContext servletContext, ObjectMapper json) {
        this.templates = templates;
        this.servletContext = servletContext;
        this.json = json;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(code instanceof Integer status) || !(uri instanceof String original)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemResponses.problem(HttpStatus.NOT_FOUND, "Not found", "no such resource: /error"));
        }
        int answered = status < 400 ? 500 : status;
        String path = original.substring(Math.min(request.getContextPath().length(), original.length()));
        if (UiSecurityConfiguration.isPage(path)) {
            UiErrors.chosenLanguage(request, response);
            return UiErrors.page(answered);
        }
        ProblemDetail problem = problem(answered, path, (String) request.getAttribute(ProblemResponses.REFUSED_PART));
        problem.setInstance(instance(path));
        return ResponseEntity.status(answered)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** An answer for a request that Tomcat refused before it reached the application: no Spring MVC to render it. */
    record Answer(String contentType, String body) {}

    Answer forContainer(HttpServletRequest request, HttpServletResponse response, int status) {
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
        if (UiSecurityConfiguration.isPage(path)) {
            Map<String, Object> model = Map.of("status", status, "message", UiErrors.message(status));
            try {
                WebContext context = new WebContext(
                        JakartaServletWebApplication.buildApplication(servletContext)
                                .buildExchange(new Unmapped(request, servletContext), response),
                        language(request),
                        model);
                return new Answer("text/html;charset=UTF-8", templates.process("error-page", context));
            } catch (RuntimeException e) {
                log.warn("the error page could not be rendered for a refused request", e);
                return new Answer("text/plain;charset=UTF-8", "Fejlkode " + status);
            }
        }
        try {
            ProblemDetail problem = problem(status, path, "path");
            problem.setInstance(instance(path));
            return new Answer(MediaType.APPLICATION_PROBLEM_JSON_VALUE, json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request Tomcat mapped to no application: it has no servlet context, no session and no attributes of its own
     * (Tomcat's would tell the listeners of a context it does not have).
     */
    private static final class Unmapped extends HttpServletRequestWrapper {

        private final ServletContext servletContext;
        private final Map<String, Object> attributes = new HashMap<>();

        Unmapped(HttpServletRequest request, ServletContext servletContext) {
            super(request);
            this.servletContext = servletContext;
        }

        @Override
        public ServletContext getServletContext() {
            return servletContext;
        }

        @Override
        public String getContextPath() {
            return servletContext.getContextPath();
        }

        @Override
        public HttpSession getSession(boolean create) {
            return null;
        }

        @Override
        public HttpSession getSession() {
            return null;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }
    }

    private static ProblemDetail problem(int status, String path, String refusedPart) {
        HttpStatus known = HttpStatus.resolve(status);
        return switch (status) {
            case 400 ->
                "headers".equals(refusedPart)
                        ? ProblemResponses.invalid(
                                "a header has a character the registry does not accept",
                                List.of(Map.of("field", "headers", "message", "has a character that is not accepted")))
                        : ProblemResponses.invalid(
                                "the address is not accepted: an encoded '/', '%', ';' or '\\', a "
                                        + "dot or empty segment, a control character or an invalid UTF-8 sequence is refused",
                                List.of(Map.of("field", "path", "message", "is not a valid address")));
            case 401 -> ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "Not signed in", "sign in with HTTP Basic");
            case 403 -> ProblemResponses.problem(HttpStatus.FORBIDDEN, "Not allowed", "your role may not do this");
            case 404 -> ProblemResponses.problem(HttpStatus.NOT_FOUND, "Not found", "no such resource: " + path);
            case 405 ->
                framework(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        "this method is not supported on " + path + "; the Allow header lists those that are");
            case 413 ->
                ProblemResponses.problem(
                        HttpStatus.PAYLOAD_TOO_LARGE, "Body too large", "a request body may be at most 1 MiB");
            default ->
                known != null && known.is4xxClientError()
                        ? framework(
                                known,
                                "the request was refused: "
                                        + known.getReasonPhrase().toLowerCase(Locale.ROOT))
                        : ProblemResponses.problem(
                                HttpStatus.INTERNAL_SERVER_ERROR,
                                "Internal error",
                                "the registry could not complete the request");
        };
    }

    /** As Spring MVC's own answers (405, 415, …) read, typed as {@code ApiErrors} types them. */
    private static ProblemDetail framework(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ProblemResponses.TYPE_BASE + status.value()));
        return problem;
    }

    /** The path as the client sent it; one that is no URI even so (the reason it was refused) goes unnamed. */
    private static URI instance(String path) {
        try {
            return new URI(path);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The user's choice of language from its cookie: a request Tomcat refused has no Spring locale resolver. */
    private static Locale language(HttpServletRequest request) {
        String cookies = request.getHeader("Cookie");
        Matcher chosen = cookies == null ? null : LANGUAGE_COOKIE.matcher(cookies);
        return chosen != null && chosen.find() && chosen.group(1).equals("en")
                ? Locale.ENGLISH
                : UiConfiguration.DANISH;
    }
}
