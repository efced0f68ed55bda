package dk.kk.registry.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Which methods the controllers take on a path. A request that no controller method takes is let through to Spring
 * MVC once its sender is signed in, so that it learns what is wrong with it, 404 for a path that names nothing or 405
 * with {@code Allow} for a verb the path does not take, instead of the 403 of a role that may not do it: no role may.
 * Only the controllers' mappings count; the actuator and the static resources keep their own rules.
 */
@Component
public final class MappedMethods {

    private final ApplicationContext context;
    private volatile List<Mapping> known;

    private record Mapping(Set<PathPattern> patterns, Set<RequestMethod> methods) {}

    /** Reads the controllers' mappings at the first request, when Spring MVC has made them. */
    MappedMethods(ApplicationContext context) {
        this.context = context;
    }

    /** Requests under the prefix that no controller method takes. */
    public RequestMatcher unmapped(String prefix) {
        return request -> {
            String path = path(request);
            return path.startsWith(prefix) && !takes(path, request.getMethod());
        };
    }

    /** The methods some controller takes on the request's path, as for an {@code Allow} header; empty if none. */
    public Set<String> allowed(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(path(request));
        Set<String> allowed = new TreeSet<>();
        for (Mapping mapping : mappings()) {
            if (mapping.patterns().stream().anyMatch(pattern -> pattern.matches(path))) {
                mapping.methods().forEach(method -> allowed.add(method.name()));
                if (mapping.methods().contains(RequestMethod.GET)) {
                    allowed.add("HEAD");
                }
            }
        }
        return allowed;
    }

    private boolean takes(String text, String method) {
        PathContainer path = PathContainer.parsePath(text);
        for (Mapping mapping : mappings()) {
            if (mapping.patterns().stream().anyMatch(pattern -> pattern.matches(path))
                    && (mapping.methods().isEmpty()
                            || mapping.methods().stream()
                                    .anyMatch(m -> m.name().equals(method)
                                            || m == RequestMethod.GET && "HEAD".equals(method)))) {
                return true;
            }
        }
        return false;
    }

    private List<Mapping> mappings() {
        List<Mapping> mapped = known;
        if (mapped == null) {
            mapped = new ArrayList<>();
            for (RequestMappingInfo info : context.getBean(
                            "requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
                    .getHandlerMethods()
                    .keySet()) {
                if (info.getPathPatternsCondition() != null) {
                    mapped.add(new Mapping(
                            info.getPathPatternsCondition().getPatterns(),
                            info.getMethodsCondition().getMethods()));
                }
            }
            known = mapped = List.copyOf(mapped);
        }
        return mapped;
    }

    private static String path(HttpServletRequest request) {
        return RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication()
                .value();
    }
}
