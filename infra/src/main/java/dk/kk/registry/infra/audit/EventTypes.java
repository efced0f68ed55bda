package dk.kk.registry.infra.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * The event types as the log filters them (a payload type's simple name, {@code InterventionRegisteredEvent}) mapped to
 * the payload types the event table stores ({@code dk.kk.registry.shared.intervention.InterventionRegisteredEvent}), so
 * that a filter compares the stored column, which an index can answer, instead of computing every row's simple name.
 * The types are the classes of the registry's language ({@code dk.kk.registry.shared}), read from the class path once.
 */
final class EventTypes {

    private static final String LANGUAGE = "dk.kk.registry.shared";

    private static final Map<String, List<String>> BY_SIMPLE_NAME = scan();

    private EventTypes() {}

    /** The stored payload types whose simple name is one of those given; none for a name no class has. */
    static String[] named(Collection<String> simpleNames) {
        return simpleNames.stream()
                .flatMap(name -> BY_SIMPLE_NAME.getOrDefault(name, List.of()).stream())
                .distinct()
                .toArray(String[]::new);
    }

    static String simpleName(String payloadType) {
        return payloadType.substring(Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$')) + 1);
    }

    private static Map<String, List<String>> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        return scanner.findCandidateComponents(LANGUAGE).stream()
                .map(BeanDefinition::getBeanClassName)
                .distinct()
                .collect(Collectors.groupingBy(EventTypes::simpleName, Collectors.toUnmodifiableList()));
    }
}
