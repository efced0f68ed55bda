package dk.kk.registry.infra.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * An identifier in a path longer than any the registry gives out names nothing: 404 before a command or query sees
 * it. (The commands' own text limits answer 422, which is right for a field of a body but would tell a client that a
 * rule refused its request to a resource that cannot exist.)
 */
class PathIdentifiers implements HandlerInterceptor {

    static final int MAX_LENGTH = 200;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            for (Object value : variables.values()) {
                if (value instanceof String id && id.length() > MAX_LENGTH) {
                    throw new NotFound("no such resource: an identifier of " + id.length() + " characters (at most "
                            + MAX_LENGTH + ")");
                }
            }
        }
        return true;
    }
}
