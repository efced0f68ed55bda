package dk.kk.registry.infra.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** One scenario's figures, printed as the single line the scenario ends with. */
final class Result {

    private final String scenario;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private String ratio = "n/a";
    private String target = "";
    private boolean pass;

    Result(String scenario) {
        this.scenario = scenario;
    }

    Result figure(String name, Object value) {
        figures.put(name, format(value));
        return this;
    }

    Result ratio(double value) {
        this.ratio = format(value);
        return this;
    }

    /** The target in words without spaces, e.g. {@code throughput>=0.5xraw,p99<=3xraw}. */
    Result target(String target, boolean pass) {
        this.target = target;
        this.pass = pass;
        return this;
    }

    boolean pass() {
        return pass;
    }

    String line() {
        String named = figures.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return "bench " + scenario + " " + named + " ratio=" + ratio + " target=" + target + " pass=" + pass;
    }

    private static String format(Object value) {
        if (value instanceof Double number) {
            double d = number;
            if (Math.abs(d) >= 100) {
                return String.valueOf(Math.round(d));
            }
            return String.format(java.util.Locale.ROOT, Math.abs(d) >= 10 ? "%.1f" : "%.2f", d);
        }
        return String.valueOf(value);
    }
}
