package dk.kk.registry.infra.eventstore;

import dk.kk.registry.shared.common.Money;
import dk.kk.registry.shared.common.UncertainDate;
import dk.kk.registry.shared.common.UncertainValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An example of any event: every field given a value of its type (a text names its field, so that a renamed field
 * shows in the JSON), nested values built the same way, the first constant of an enumeration and the first record of a
 * sealed choice. Built from the type alone, so a new event has an example without anyone writing one.
 */
final class EventExamples {

    private EventExamples() {}

    static Object of(Class<?> type) {
        return value(type, type, "example");
    }

    private static Object value(Type generic, Class<?> type, String name) {
        if (type == String.class) {
            return name;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2024, 6, 30);
        }
        if (type == UncertainDate.class) {
            return UncertainDate.of(LocalDate.of(2024, 6, 30));
        }
        if (type == Instant.class) {
            return Instant.parse("2024-06-30T10:15:30Z");
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("0.6");
        }
        if (type == Integer.class || type == int.class) {
            return 2024;
        }
        if (type == Long.class || type == long.class) {
            return 17L;
        }
        if (type == Boolean.class || type == boolean.class) {
            return true;
        }
        if (type == UncertainValue.class) {
            return UncertainValue.about(new BigDecimal("20"));
        }
        if (type == Money.class) {
            return Money.dkk("1250000.00");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            return List.of(element(generic, name));
        }
        if (type == Set.class) {
            return Set.of(element(generic, name));
        }
        if (type.isSealed()) {
            Class<?> first = type.getPermittedSubclasses()[0];
            return value(first, first, name);
        }
        if (type.isRecord()) {
            return record(type);
        }
        throw new IllegalArgumentException("no example of a " + type.getName() + " (" + name + "): add one here");
    }

    private static Object element(Type generic, String name) {
        Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
        Class<?> raw = element instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) element;
        return value(element, raw, name);
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), types[i], components[i].getName());
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(
                    "the example of " + type.getSimpleName() + " is refused: "
                            + e.getCause().getMessage(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
