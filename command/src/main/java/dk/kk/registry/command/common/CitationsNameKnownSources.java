package dk.kk.registry.command.common;

import dk.kk.registry.shared.common.AuditMetadata;
import dk.kk.registry.shared.common.Citation;
import dk.kk.registry.shared.common.ReferenceKind;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A command that cites a source ({@link AuditMetadata#CITATION}) cites one the registry knows, with its locator,
 * quotation and note within their limits and free of personal data, whoever sends it; checked against the event
 * store before any handler runs, so a refused citation records nothing.
 */
public class CitationsNameKnownSources implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Set<String> PARTS =
            Set.of(Citation.WAS_DERIVED_FROM, Citation.LOCATOR, Citation.QUOTATION, Citation.NOTE);

    private final ReferenceCatalog catalog;

    public CitationsNameKnownSources(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object value = unitOfWork.getMessage().getMetaData().get(AuditMetadata.CITATION);
        if (value != null) {
            check(value);
        }
        return chain.proceed();
    }

    void check(Object value) {
        if (!(value instanceof Map<?, ?> map)
                || !PARTS.containsAll(map.keySet())
                || map.values().stream().anyMatch(part -> !(part instanceof String))) {
            throw new RuleViolation(
                    "CitationsNameKnownSources",
                    "source",
                    "a citation is an object of texts: id, locator, quotation, note");
        }
        Citation citation = Citation.fromMetadata(map);
        if (citation == null) {
            throw new RuleViolation("CitationsNameKnownSources", "source.id", "a citation names its source's id");
        }
        limit(citation.sourceId(), "source.id", 200);
        limit(citation.locator(), "source.locator", Citation.MAX_LOCATOR);
        limit(citation.quotation(), "source.quotation", Citation.MAX_QUOTATION);
        limit(citation.note(), "source.note", Citation.MAX_NOTE);
        for (String[] part : new String[][] {
            {citation.locator(), "source.locator"},
            {citation.quotation(), "source.quotation"},
            {citation.note(), "source.note"}
        }) {
            if (part[0] != null) {
                NoPersonalData.check(part[0], part[1]);
            }
        }
        if (!catalog.exists(ReferenceKind.SOURCE, citation.sourceId())) {
            throw new RuleViolation(
                    "CitationsNameKnownSources",
                    "source.id",
                    "no source '" + citation.sourceId() + "' is registered; register it first (POST /api/sources)");
        }
    }

    private static void limit(String text, String field, int max) {
        if (text != null && text.length() > max) {
            throw new RuleViolation("TextLimits", field, field + " is longer than " + max + " characters");
        }
    }
}
