package dk.kk.registry.infra.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The whole scrape by Prometheus' conventions ({@code promtool check metrics} finds nothing): snake_case names, base
 * units, a HELP text for every meter.
 * <ul>
 * <li>Axon's meters ({@code axon-micrometer}, non-dimensional: {@code commandBus.allTimer},
 * {@code interventions.processedCounter}) become {@code axon.<component>.<measure>} for the buses and the event store
 * ({@code axon.command.bus.handling}) and {@code axon.processor.<measure>} with a {@code processor} tag for the event
 * processors ({@code axon_processor_processed_total{processor="interventions"}}).</li>
 * <li>Other names with capitals (Spring Security's {@code spring.security.filterchains.LoginThrottleFilter.before})
 * become lower case; {@code system.cpu.count} (not a summary's count) becomes {@code system.cpus.available};
 * {@code jvm.compilation.time} (milliseconds) and {@code process.cpu.time} (nanoseconds) are replaced by
 * {@code jvm.compilation} and {@code process.cpu} in seconds.</li>
 * <li>Meters without a description get one.</li>
 * </ul>
 * The registry's own {@code registry.*} meters are left as they are.
 */
@Component
class PrometheusNames implements MeterFilter, MeterBinder {

    /** Axon's components other than event processors, by the prefix axon-micrometer gives their meters. */
    private static final Set<String> COMPONENTS = Set.of(
            "commandBus",
            "queryBus",
            "eventBus",
            "eventStore",
            "queryUpdateEmitter",
            "deadlineManager",
            "eventScheduler");

    /** Axon's measures: the new name's last part and its description. */
    private static final Map<String, String[]> MEASURES = Map.ofEntries(
            Map.entry("ingestedCounter", new String[] {"ingested", "Messages received"}),
            Map.entry("successCounter", new String[] {"succeeded", "Messages handled successfully"}),
            Map.entry("failureCounter", new String[] {"failed", "Messages whose handling failed"}),
            Map.entry("processedCounter", new String[] {"processed", "Messages handled, successfully or not"}),
            Map.entry("ignoredCounter", new String[] {"ignored", "Messages ignored, no handler taking them"}),
            Map.entry("allTimer", new String[] {"handling", "Time to handle a message, whatever the outcome"}),
            Map.entry("successTimer", new String[] {"handling.succeeded", "Time to handle a message successfully"}),
            Map.entry("failureTimer", new String[] {"handling.failed", "Time to fail handling a message"}),
            Map.entry("ignoredTimer", new String[] {"handling.ignored", "Time to ignore a message"}),
            Map.entry("capacity", new String[] {
                "capacity", "Busy share of the last minute: handling time per second of wall-clock time"
            }),
            Map.entry("latency", new String[] {
                "latency", "Age of the last event taken up: seconds from its timestamp to its processing"
            }));

    /** Micrometer's meters in units other than base units, replaced by {@link #bindTo}. */
    private static final Set<String> REPLACED = Set.of("jvm.compilation.time", "process.cpu.time");

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "http.server.requests", "HTTP requests answered",
            "http.server.requests.active", "HTTP requests under way",
            "tomcat.sessions.active.current", "HTTP sessions open",
            "tomcat.sessions.active.max", "Most HTTP sessions open at one time",
            "tomcat.sessions.alive.max", "Longest time an expired HTTP session was alive",
            "tomcat.sessions.created", "HTTP sessions created",
            "tomcat.sessions.expired", "HTTP sessions expired",
            "tomcat.sessions.rejected", "HTTP sessions refused, the most allowed being open");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return REPLACED.contains(id.getName()) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = id.getName();
        if (name.startsWith("registry.")) {
            return id;
        }
        int dot = name.indexOf('.');
        String[] measure = dot > 0 ? MEASURES.get(name.substring(dot + 1)) : null;
        if (measure != null) {
            String component = name.substring(0, dot);
            Tags tags = Tags.of(id.getTagsAsIterable());
            String renamed;
            if (COMPONENTS.contains(component)) {
                renamed = "axon." + snake(component) + "." + measure[0];
            } else {
                renamed = "axon.processor." + measure[0];
                tags = tags.and(Tag.of("processor", component));
            }
            String unit = measure[0].equals("latency") ? "seconds" : id.getBaseUnit();
            return new Meter.Id(renamed, tags, unit, measure[1], id.getType());
        }
        if (name.equals("system.cpu.count")) {
            name = "system.cpus.available";
        }
        name = snake(name);
        String description = id.getDescription();
        if (description == null || description.isBlank()) {
            description = DESCRIPTIONS.getOrDefault(name, described(name));
        }
        return new Meter.Id(name, Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
    }

    /** Spring Security's observations: the filter chains' filters, authentications and authorizations. */
    private static String described(String name) {
        if (name.startsWith("spring.security.filterchains.") && (name.endsWith(".before") || name.endsWith(".after"))) {
            return "Requests through Spring Security's filter "
                    + name.substring("spring.security.filterchains.".length()).replaceAll("\\.(before|after)$", "")
                    + ", " + (name.endsWith(".before") ? "before" : "after")
                    + " the rest of the chain";
        }
        if (name.startsWith("spring.security.")) {
            String what = name.substring("spring.security.".length()).replace('.', ' ');
            return "Spring Security's " + what;
        }
        return "Meter " + name;
    }

    /** {@code commandBus} → {@code command.bus}: camelCase as Micrometer's dotted lower case. */
    static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1.$2").toLowerCase(Locale.ROOT);
    }

    /** In place of {@code jvm.compilation.time} and {@code process.cpu.time}: the same times in seconds. */
    @Override
    public void bindTo(MeterRegistry registry) {
        CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();
        if (compilation != null && compilation.isCompilationTimeMonitoringSupported()) {
            FunctionCounter.builder("jvm.compilation", compilation, c -> c.getTotalCompilationTime() / 1000.0)
                    .baseUnit("seconds")
                    .description("Time spent in the JIT compiler")
                    .tag("compiler", String.valueOf(compilation.getName()))
                    .register(registry);
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            FunctionCounter.builder("process.cpu", os, o -> o.getProcessCpuTime() / 1e9)
                    .baseUnit("seconds")
                    .description("CPU time used by the Java virtual machine's process")
                    .register(registry);
        }
    }
}
