package dk.kk.registry.infra.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** RFC 9457 problem details, for the controllers and for filters that answer before a controller is reached. */
@Component
public class ProblemResponses {

    public static final String TYPE_BASE = "https://registry.kk.dk/problems/";

    /** A request attribute naming the part of a request the firewall refused, for the error page to say. */
    public static final String REFUSED_PART = "dk.kk.registry.refusedPart";

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(TYPE_BASE + slug(title)));
        return problem;
    }

    public static ProblemDetail invalid(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    public void write(HttpServletResponse response, HttpStatus status, String title, String detail, boolean challenge)
            throws IOException {
        write(response, problem(status, title, detail), challenge);
    }

    public void write(HttpServletResponse response, ProblemDetail problem, boolean challenge) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"registry\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
