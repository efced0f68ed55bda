package dk.kk.registry.infra.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A parameter that takes one value is refused (400, naming it) when the request gives it twice: Spring would take
 * the first value or try to convert the pair, and either way the client would not learn that half of its request
 * was ignored. Which parameters take one value follows from the handler's signature: a {@code @RequestParam}, or a
 * property of a {@code @ModelAttribute} form, whose type is neither a collection, an array nor a map.
 */
class SingleValuedParameters implements HandlerInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final Map<Method, List<String>> singleValued = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            for (String name : singleValued.computeIfAbsent(method.getMethod(), SingleValuedParameters::of)) {
                String[] values = request.getParameterValues(name);
                if (values != null && values.length > 1) {
                    throw new BadInput(name, name + " takes one value and was given " + values.length);
                }
            }
        }
        return true;
    }

    private static List<String> of(Method method) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < method.getParameterCount(); i++) {
            MethodParameter parameter = new MethodParameter(method, i);
            parameter.initParameterNameDiscovery(NAMES);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if (name != null && single(parameter.getParameterType())) {
                    names.add(name);
                }
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                names.addAll(properties(parameter.getParameterType()));
            }
        }
        return List.copyOf(names);
    }

    /** The form's single-valued properties: a record's components, a bean's setters or its fields. */
    private static List<String> properties(Class<?> form) {
        List<String> names = new ArrayList<>();
        if (form.isRecord()) {
            for (RecordComponent component : form.getRecordComponents()) {
                if (single(component.getType())) {
                    names.add(component.getName());
                }
            }
            return names;
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
            if (property.getWriteMethod() != null && single(property.getPropertyType())) {
                names.add(property.getName());
            }
        }
        for (Class<?> type = form; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())
                        && single(field.getType())
                        && !names.contains(field.getName())) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    private static boolean single(Class<?> type) {
        return !type.isArray() && !Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type);
    }
}
