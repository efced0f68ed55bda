package dk.kk.registry.infra.operations;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus' naming rules for a scrape in the text format, the ones {@code promtool check metrics} lints: snake_case
 * names, a HELP text for every family, counters ending in {@code _total}, base units (seconds, bytes, ratios), no
 * {@code _count}/{@code _sum} suffixes outside summaries and histograms. And {@code promtool} itself, when installed.
 */
final class PrometheusConventions {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z_:][a-z0-9_:]*");
    private static final Pattern COMMENT = Pattern.compile("^# (HELP|TYPE) (\\S+) ?(.*)$");
    private static final Pattern SAMPLE = Pattern.compile("^([^\\s{]+)");
    private static final Pattern NOT_BASE_UNIT = Pattern.compile(
            "_(milliseconds|millis|ms|us|ns|microseconds|nanoseconds|minutes|hours|days|kilobytes|megabytes|gigabytes|"
                    + "kb|mb|gb|percent|celsius)(_|$)");

    private PrometheusConventions() {}

    /** Every breach of the rules, one line each, naming the metric family. */
    static List<String> problems(String scrape) {
        Map<String, String> help = new LinkedHashMap<>();
        Map<String, String> type = new LinkedHashMap<>();
        List<String> samples = new ArrayList<>();
        for (String line : scrape.lines().toList()) {
            Matcher comment = COMMENT.matcher(line);
            if (comment.matches()) {
                (comment.group(1).equals("HELP") ? help : type).put(comment.group(2), comment.group(3));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                Matcher sample = SAMPLE.matcher(line);
                if (sample.find()) {
                    samples.add(sample.group(1));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (String sample : samples) {
            if (!SNAKE_CASE.matcher(sample).matches()) {
                problems.add(sample + ": not snake_case");
            }
            if (family(sample, type) == null) {
                problems.add(sample + ": no TYPE");
            }
        }
        for (Map.Entry<String, String> family : type.entrySet()) {
            String name = family.getKey();
            String kind = family.getValue();
            if (help.getOrDefault(name, "").isBlank()) {
                problems.add(name + ": no HELP text");
            }
            if (kind.equals("counter")
                    && !name.endsWith("_total")
                    && samples.stream().noneMatch(s -> s.equals(name + "_total"))) {
                problems.add(name + ": a counter not ending in _total");
            }
            if (!kind.equals("counter") && name.endsWith("_total")) {
                problems.add(name + ": not a counter, yet ending in _total");
            }
            if (!kind.equals("summary")
                    && !kind.equals("histogram")
                    && (name.endsWith("_count") || name.endsWith("_sum") || name.endsWith("_bucket"))) {
                problems.add(name + ": a " + kind + " ending like a summary's or histogram's series");
            }
            if (NOT_BASE_UNIT.matcher(name).find()) {
                problems.add(name + ": not in base units (seconds, bytes, ratios)");
            }
        }
        return problems.stream().distinct().toList();
    }

    /** The family a sample belongs to: its own name, or the name without a summary's or histogram's suffix. */
    private static String family(String sample, Map<String, String> type) {
        if (type.containsKey(sample)) {
            return sample;
        }
        for (String suffix : List.of("_total", "_created", "_count", "_sum", "_bucket", "_max")) {
            if (sample.endsWith(suffix)) {
                String base = sample.substring(0, sample.length() - suffix.length());
                if (type.containsKey(base)) {
                    return base;
                }
            }
        }
        return null;
    }

    static boolean promtoolOnPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "promtool"))) {
                return true;
            }
        }
        return false;
    }

    /** What {@code promtool check metrics} says of the scrape, one problem a line; empty when it is clean. */
    static List<String> promtool(String scrape) throws Exception {
        Path file = Files.createTempFile("scrape", ".prom");
        try {
            Files.writeString(file, scrape, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder("promtool", "check", "metrics")
                    .redirectInput(file.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("promtool did not finish in a minute");
            }
            List<String> problems = output.lines().filter(l -> !l.isBlank()).toList();
            if (process.exitValue() != 0 && problems.isEmpty()) {
                return List.of("promtool exited with " + process.exitValue());
            }
            return problems;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
