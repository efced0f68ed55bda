package dk.kk.registry.query.common;

import java.util.List;

/** The conditions a list query adds to its {@code WHERE} clause for the filters it was given, and only for those. */
public final class Filters {

    private Filters() {}

    /**
     * Appends {@code AND condition} and binds {@code values} to its parameters in order, unless the filter's value (the
     * first) is null. An enumeration is bound by its name.
     */
    public static void andIf(StringBuilder where, List<Object> args, String condition, Object... values) {
        if (values[0] == null) {
            return;
        }
        where.append(" AND ").append(condition);
        for (Object value : values) {
            args.add(value instanceof Enum<?> constant ? constant.name() : value);
        }
    }
}
