package dk.kk.registry.infra.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scripts/bench <scenario> [--size N]}: measures the registry against the best the same machine does (raw
 * PostgreSQL, raw deserialisation) and against Axon's defaults, in the same run, and ends each scenario with one line
 * {@code bench <scenario> <name>=<value> … ratio=<x> target=<y> pass=<true|false>} on standard output. Progress goes to
 * standard error. It lives in the test sources: it is never on the production class path, yet it runs the production
 * registry unchanged (see docs/benchmarks.md).
 */
public final class Bench {

    /** {@code -Dbench.port=N} (through BENCH_JAVA_OPTS) when another run on the machine holds the default ports. */
    static final int FIRST_PORT = Integer.getInteger("bench.port", 18383);

    static final List<String> SCENARIOS =
            List.of("startup", "commands", "import", "replay", "asof", "compare", "timeouts", "restore", "rebuild");

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length == 0) {
            usage();
            return;
        }
        String scenario = args[0];
        Integer size = null;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--set") && i + 1 < args.length && args[i + 1].contains("=")) {
                String setting = args[++i];
                settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            } else if (args[i].equals("--size") && i + 1 < args.length) {
                size = Integer.parseInt(args[++i].replace("_", ""));
            } else if (args[i].startsWith("--size=")) {
                size = Integer.parseInt(args[i].substring("--size=".length()).replace("_", ""));
            } else {
                usage();
                return;
            }
        }
        List<String> scenarios = scenario.equals("all") ? SCENARIOS : List.of(scenario.split(","));
        if (!SCENARIOS.containsAll(scenarios)) {
            usage();
            return;
        }
        List<String> lines = new ArrayList<>();
        boolean allPass = true;
        BenchRegistry registry = null;
        try {
            for (String name : scenarios) {
                Bench.progress("scenario " + name + (size == null ? "" : " --size " + size));
                Result result;
                if (name.equals("startup")) {
                    result = new StartupBench(FIRST_PORT + 1).run();
                } else if (name.equals("timeouts")) {
                    result = new TimeoutsBench().run();
                } else {
                    // One registry for the scenarios of a run: asof reads the history that replay built.
                    if (registry == null) {
                        registry = BenchRegistry.start(FIRST_PORT, settings);
                    }
                    result = run(name, registry, size);
                }
                System.out.println(result.line());
                System.out.flush();
                lines.add(result.line());
                allPass &= result.pass();
            }
        } finally {
            if (registry != null) {
                registry.close();
            }
        }
        if (scenarios.size() > 1) {
            progress("summary:");
            lines.forEach(Bench::progress);
        }
        System.exit(allPass ? 0 : 1);
    }

    private static Result run(String scenario, BenchRegistry registry, Integer size) throws Exception {
        return switch (scenario) {
            case "commands" -> new CommandsBench(registry, sizeOr(size, CommandsBench.DEFAULT_COMMANDS)).run();
            case "import" -> new ImportBench(registry, sizeOr(size, ImportBench.DEFAULT_ROWS)).run();
            case "replay" -> new ReplayBench(registry, sizeOr(size, ReplayBench.DEFAULT_EVENTS)).run();
            case "asof" -> new AsOfBench(registry, sizeOr(size, AsOfBench.DEFAULT_EVENTS)).run();
            case "compare" -> new CompareBench(registry, sizeOr(size, CompareBench.DEFAULT_MEASUREMENTS)).run();
            case "restore" -> new RestoreBench(registry, sizeOr(size, RestoreBench.DEFAULT_EVENTS)).run();
            case "rebuild" -> new RebuildBench(registry, sizeOr(size, RebuildBench.DEFAULT_EVENTS)).run();
            default -> throw new IllegalArgumentException(scenario);
        };
    }

    /** The size asked for with {@code --size}, or the scenario's own. */
    private static int sizeOr(Integer size, int scenarioDefault) {
        return size == null ? scenarioDefault : size;
    }

    private static void usage() {
        System.err.println("usage: scripts/bench <" + String.join("|", SCENARIOS)
                + "|all>[,…] [--size N] [--set property=value]...");
        System.exit(2);
    }

    static void progress(String message) {
        System.err.printf("[bench %tT] %s%n", System.currentTimeMillis(), message);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
