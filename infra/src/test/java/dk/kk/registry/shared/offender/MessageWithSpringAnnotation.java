package dk.kk.registry.shared.offender;

import org.springframework.util.StringUtils;

/** Breaks the architecture on purpose, so that {@code ArchitectureTest} can show its rule bites. */
public record MessageWithSpringAnnotation(String id) {

    public boolean hasId() {
        return StringUtils.hasText(id);
    }
}
