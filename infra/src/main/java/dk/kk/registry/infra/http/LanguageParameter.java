package dk.kk.registry.infra.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The API's {@code lang} (CSV headings, charts): {@code da} or {@code en}, once. Read by converters rather than by the
 * handlers, so the handler's signature cannot say it; a misspelt or repeated language is refused (400, naming it)
 * instead of silently answering in Danish.
 */
class LanguageParameter implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String[] values = request.getRequestURI().startsWith("/api/") ? request.getParameterValues("lang") : null;
        if (values == null) {
            return true;
        }
        if (values.length > 1) {
            throw new BadInput("lang", "lang takes one value and was given " + values.length);
        }
        if (!values[0].equalsIgnoreCase("da") && !values[0].equalsIgnoreCase("en")) {
            throw new BadInput("lang", "lang must be da or en");
        }
        return true;
    }
}
