package dk.kk.registry.infra.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule of docs/adr/0014 read from SQL: a migration new in this release may not drop, rename or narrow a table or
 * column that the previous release's migrations created, since that release's instances still run on the database
 * while this release's start; only what is listed as contracted (no longer used by the previous release) may go.
 */
final class ExpandThenContract {

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:public\\.)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_TABLE = Pattern.compile(
            "^DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(.+?)(?:\\s+(?:CASCADE|RESTRICT))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTER_TABLE = Pattern.compile(
            "^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(?:public\\.)?(\\w+)\\s+(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RENAME_TABLE = Pattern.compile("^RENAME\\s+TO\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RENAME_COLUMN =
            Pattern.compile("^RENAME\\s+(?:COLUMN\\s+)?(\\w+)\\s+TO\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_COLUMN =
            Pattern.compile("^DROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NARROW_COLUMN = Pattern.compile(
            "^ALTER\\s+(?:COLUMN\\s+)?(\\w+)\\s+(?:SET\\s+DATA\\s+TYPE|TYPE|SET\\s+NOT\\s+NULL)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADD_REQUIRED_COLUMN = Pattern.compile(
            "^ADD\\s+(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s+(.*)$", Pattern.CASE_INSENSITIVE);
    /** What may follow DROP in ALTER TABLE without naming a column. */
    private static final Set<String> NOT_COLUMNS = Set.of("constraint", "not", "default", "identity", "expression");

    private ExpandThenContract() {}

    /** A statement that breaks the rule: the migration, the table or column, and why. */
    record Violation(String migration, String target, String what) {
        @Override
        public String toString() {
            return migration + ": " + what + " " + target;
        }
    }

    /** The tables the given migrations create. */
    static Set<String> tablesCreated(List<String> scripts) {
        Set<String> tables = new TreeSet<>();
        for (String script : scripts) {
            Matcher created = CREATE_TABLE.matcher(withoutCommentsAndBodies(script));
            while (created.find()) {
                tables.add(created.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /**
     * The statements of a new migration that drop, rename or narrow a table of the previous release (or one of its
     * columns), unless contracted: {@code table} or {@code table.column}.
     */
    static List<Violation> check(String migration, String script, Set<String> previousTables, Set<String> contracted) {
        List<Violation> violations = new ArrayList<>();
        for (String statement : withoutCommentsAndBodies(script).split(";")) {
            String sql = statement.strip().replaceAll("\\s+", " ");
            Matcher drop = DROP_TABLE.matcher(sql);
            if (drop.find()) {
                for (String table : drop.group(1).split(",")) {
                    String name = table.strip().toLowerCase(Locale.ROOT).replaceFirst("^public\\.", "");
                    if (previousTables.contains(name) && !contracted.contains(name)) {
                        violations.add(new Violation(migration, name, "drops the table"));
                    }
                }
                continue;
            }
            Matcher alter = ALTER_TABLE.matcher(sql);
            if (!alter.find()) {
                continue;
            }
            String table = alter.group(1).toLowerCase(Locale.ROOT);
            if (!previousTables.contains(table)) {
                continue;
            }
            for (String action : alter.group(2).split(",(?![^(]*\\))")) {
                String clause = action.strip();
                if (RENAME_TABLE.matcher(clause).find()) {
                    add(violations, contracted, migration, table, null, "renames the table");
                    continue;
                }
                Matcher rename = RENAME_COLUMN.matcher(clause);
                if (rename.find()) {
                    add(violations, contracted, migration, table, rename.group(1), "renames the column");
                    continue;
                }
                Matcher dropColumn = DROP_COLUMN.matcher(clause);
                if (dropColumn.find()
                        && !NOT_COLUMNS.contains(dropColumn.group(1).toLowerCase(Locale.ROOT))) {
                    add(violations, contracted, migration, table, dropColumn.group(1), "drops the column");
                    continue;
                }
                Matcher narrow = NARROW_COLUMN.matcher(clause);
                if (narrow.find()) {
                    add(
                            violations,
                            contracted,
                            migration,
                            table,
                            narrow.group(1),
                            "changes the type of, or requires a value in, the column");
                    continue;
                }
                Matcher added = ADD_REQUIRED_COLUMN.matcher(clause);
                if (added.find() && !NOT_COLUMNS.contains(added.group(1).toLowerCase(Locale.ROOT))) {
                    String definition = added.group(2).toUpperCase(Locale.ROOT);
                    if (definition.contains("NOT NULL")
                            && !definition.contains("DEFAULT")
                            && !definition.contains("GENERATED")) {
                        // The previous release's inserts do not name it, and would be refused.
                        violations.add(new Violation(
                                migration,
                                table + "." + added.group(1).toLowerCase(Locale.ROOT),
                                "adds a required column without a default to"));
                    }
                }
            }
        }
        return violations;
    }

    private static void add(
            List<Violation> violations,
            Set<String> contracted,
            String migration,
            String table,
            String column,
            String what) {
        String target = column == null ? table : table + "." + column.toLowerCase(Locale.ROOT);
        if (!contracted.contains(target) && !contracted.contains(table)) {
            violations.add(new Violation(migration, target, what));
        }
    }

    /** Comments and dollar-quoted bodies (functions) go: their text is not a statement on the schema. */
    private static String withoutCommentsAndBodies(String script) {
        return script.replaceAll("(?s)\\$(\\w*)\\$.*?\\$\\1\\$", "''")
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("--[^\\n]*", " ");
    }
}
