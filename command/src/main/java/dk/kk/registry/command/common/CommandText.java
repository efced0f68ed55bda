package dk.kk.registry.command.common;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/** Walks every text of a command, however nested in records, collections and maps, naming each by its path. */
final class CommandText {

    /** What to do with one text; {@code id} says whether its field is an identifier ({@code id} or {@code …Id}). */
    interface Visitor {
        void text(String value, String path, boolean id);
    }

    private CommandText() {}

    static void walk(Object value, String path, boolean id, Visitor visitor) {
        if (value instanceof String text) {
            visitor.text(text, path.isEmpty() ? "value" : path, id);
        } else if (value instanceof Collection<?> values) {
            int i = 0;
            for (Object element : values) {
                walk(element, path + "[" + i++ + "]", id, visitor);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                walk(entry.getKey(), path + "{key}", true, visitor);
                walk(entry.getValue(), path + "[" + key + "]", id, visitor);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String name = component.getName();
                walk(
                        read(component, value),
                        path.isEmpty() ? name : path + "." + name,
                        name.equals("id") || name.endsWith("Id"),
                        visitor);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
