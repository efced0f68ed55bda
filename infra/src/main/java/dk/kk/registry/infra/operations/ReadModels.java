package dk.kk.registry.infra.operations;

import dk.kk.registry.query.common.Projection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * The projections of the read side, found among the beans: each {@link Projection} names its tables, so verifying and
 * rebuilding (ADR 0011) know them from the projection and a new one needs no list kept here. Processing groups that are
 * not projections (the hash chain) are not among them.
 */
@Component
public class ReadModels {

    /** A projection: its processing group, its class (a fresh instance of which a rebuild feeds) and its tables. */
    public record ReadModel(String group, Class<?> type, List<String> tables) {}

    private final Map<String, ReadModel> byGroup = new TreeMap<>();

    ReadModels(List<Projection> projections) {
        for (Projection projection : projections) {
            Class<?> type = AopUtils.getTargetClass(projection);
            ProcessingGroup group = AnnotationUtils.findAnnotation(type, ProcessingGroup.class);
            if (group == null) {
                throw new IllegalStateException("projection " + type.getName() + " names no processing group");
            }
            byGroup.put(group.value(), new ReadModel(group.value(), type, List.copyOf(projection.tables())));
        }
    }

    /** Whether the processing group is a projection's, and so can be rebuilt and verified. */
    public boolean isProjection(String group) {
        return byGroup.containsKey(group);
    }

    public Optional<ReadModel> get(String group) {
        return Optional.ofNullable(byGroup.get(group));
    }

    /** The projections' processing groups, sorted. */
    public List<String> groups() {
        return List.copyOf(byGroup.keySet());
    }

    public List<ReadModel> all() {
        return List.copyOf(byGroup.values());
    }
}
