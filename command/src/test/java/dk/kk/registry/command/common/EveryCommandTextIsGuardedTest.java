package dk.kk.registry.command.common;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kk.registry.shared.intervention.RegisterInterventionCommand;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text field of every command of the registry, however nested, is guarded: a CPR number in it is refused
 * (DOMAIN.md rule 7) and so is text beyond its ceiling, each with the field's path. The commands are found on the
 * class path, so a command added later is covered without touching this test.
 */
class EveryCommandTextIsGuardedTest {

    private static final String CPR = "Borger 010190-1234 deltog";

    @Test
    void aCprNumberIsRefusedInEveryFreeTextFieldOfEveryCommand() {
        List<String> unguarded = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Class<?> command : commands()) {
            for (String field : textFields(command)) {
                if (isId(field)) {
                    continue;
                }
                Object instance = build(command, field, CPR);
                if (instance == null) {
                    continue;
                }
                checked.add(command.getSimpleName() + "." + field);
                try {
                    CommandsCarryNoPersonalData.inspect(instance, "");
                    unguarded.add(command.getSimpleName() + "." + field);
                } catch (RuleViolation refused) {
                    assertThat(refused.rule()).isEqualTo("NoPersonalData");
                    assertThat(refused.field()).as(command.getSimpleName()).isEqualTo(field);
                }
            }
        }
        assertThat(unguarded).as("fields that let a CPR number through").isEmpty();
        assertThat(checked).as("free-text fields checked").hasSizeGreaterThan(40);
    }

    @Test
    void textBeyondItsCeilingIsRefusedInEveryFieldOfEveryCommand() {
        List<String> unguarded = new ArrayList<>();
        int checked = 0;
        for (Class<?> command : commands()) {
            for (String field : textFields(command)) {
                int limit = isId(field)
                        ? CommandsRespectTextLimits.ID_LIMIT
                        : field.matches("(.*\\.)?(name|title)(\\[\\d+])?")
                                ? CommandsRespectTextLimits.NAME_LIMIT
                                : CommandsRespectTextLimits.TEXT_LIMIT;
                Object longest = build(command, field, "å".repeat(limit));
                if (longest == null) {
                    continue;
                }
                CommandsRespectTextLimits.inspect(longest);
                checked++;
                try {
                    CommandsRespectTextLimits.inspect(build(command, field, "å".repeat(limit + 1)));
                    unguarded.add(command.getSimpleName() + "." + field);
                } catch (RuleViolation refused) {
                    assertThat(refused.rule()).isEqualTo("TextLimits");
                    assertThat(refused.field()).isEqualTo(field);
                }
            }
        }
        assertThat(unguarded).as("fields without a ceiling").isEmpty();
        assertThat(checked).as("text fields checked").isGreaterThan(80);
    }

    private static boolean isId(String path) {
        String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*$", "");
        return field.equals("id") || field.endsWith("Id");
    }

    /** Every record named …Command in the shared module. */
    static List<Class<?>> commands() {
        try {
            Path location = Path.of(RegisterInterventionCommand.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            // the shared module is a directory of classes in the IDE and a jar in the Maven reactor
            try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
                Path root = jar == null ? location : jar.getPath("/");
                try (Stream<Path> files = Files.walk(root)) {
                    List<Class<?>> commands = files.map(
                                    file -> root.relativize(file).toString())
                            .filter(name -> name.endsWith("Command.class"))
                            .<Class<?>>map(name -> load(name.replace('/', '.').replaceAll("\\.class$", "")))
                            .filter(Class::isRecord)
                            .toList();
                    assertThat(commands).hasSizeGreaterThan(30);
                    return commands;
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The paths of every text leaf of a record type, as the guards name them. */
    static List<String> textFields(Class<?> type) {
        List<String> fields = new ArrayList<>();
        collect(type, "", fields, 0);
        return fields;
    }

    private static void collect(Type type, String path, List<String> fields, int depth) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            fields.add(path);
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            collect(generic.getActualTypeArguments()[0], path + "[0]", fields, depth);
        } else if (raw.isRecord() && depth < 4) {
            for (RecordComponent component : raw.getRecordComponents()) {
                collect(
                        component.getGenericType(),
                        path.isEmpty() ? component.getName() : path + "." + component.getName(),
                        fields,
                        depth + 1);
            }
        }
    }

    /**
     * An instance of the type with {@code text} at the path given and plain values elsewhere; null when a value object
     * on the way refuses that text itself (a currency other than DKK, say), so the field is no free text.
     */
    static Object build(Type type, String target, String text) {
        try {
            return value(type, "", target, text);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof InvocationTargetException refused
                    && refused.getCause() instanceof IllegalArgumentException) {
                return null;
            }
            throw e;
        }
    }

    private static Object value(Type type, String path, String target, String text) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return path.equals(target) ? text : path.endsWith("currency") ? "DKK" : "tekst";
        }
        if (Collection.class.isAssignableFrom(raw)) {
            if (!target.startsWith(path + "[0]") || !(type instanceof ParameterizedType generic)) {
                return Set.class.isAssignableFrom(raw) ? Set.of() : List.of();
            }
            Object element = value(generic.getActualTypeArguments()[0], path + "[0]", target, text);
            return Set.class.isAssignableFrom(raw) ? Set.of(element) : List.of(element);
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                String at = path.isEmpty() ? components[i].getName() : path + "." + components[i].getName();
                values[i] = value(components[i].getGenericType(), at, target, text);
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = raw.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + raw.getSimpleName() + " for " + target, e);
            }
        }
        return plain(raw);
    }

    private static Object plain(Class<?> raw) {
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == int.class || raw == Integer.class) {
            return 2020;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.0;
        }
        if (raw == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2020, 1, 1);
        }
        if (raw == Instant.class) {
            return Instant.parse("2020-01-01T00:00:00Z");
        }
        if (raw == Year.class) {
            return Year.of(2020);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Map.of();
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic) {
            return (Class<?>) generic.getRawType();
        }
        return Object.class;
    }
}
