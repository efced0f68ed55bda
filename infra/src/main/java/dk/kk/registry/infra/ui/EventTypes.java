package dk.kk.registry.infra.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Every kind of event the registry records (each carries {@code @Revision}), named as the event log names them: the
 * class's simple name, which the log's type filter matches, with its label in the reader's language.
 */
@Component
class EventTypes {

    /** One kind of event for the filter's list. */
    record EventType(String name, String label) {}

    private final List<String> names;
    private final MessageSource messages;

    EventTypes(MessageSource messages) {
        this.messages = messages;
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        this.names = scanner.findCandidateComponents("dk.kk.registry.shared").stream()
                .map(candidate -> Objects.requireNonNull(candidate.getBeanClassName()))
                .map(name -> name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1))
                .distinct()
                .sorted()
                .toList();
    }

    boolean known(String name) {
        return names.contains(name);
    }

    /** Sorted by label, as a reader looks one up. */
    List<EventType> all(Locale locale) {
        return names.stream()
                .map(name -> new EventType(name, messages.getMessage("event." + name, null, name, locale)))
                .sorted(Comparator.comparing(EventType::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
