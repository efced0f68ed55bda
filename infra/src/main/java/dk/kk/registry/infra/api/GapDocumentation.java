package dk.kk.registry.infra.api;

import dk.kk.registry.shared.plan.GapKind;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The change strategy's gap kinds, described where a client of the API reads them: the {@code kind} of a
 * {@code Gap} and the {@code gap} of a {@code ChangeStrategyRow} (the CSV's rows) list every kind with what it means
 * and what the gap's subject then is. docs/change-strategy.md says the same for readers of the documentation.
 */
final class GapDocumentation {

    private GapDocumentation() {}

    static void addTo(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        describe(schemas.get("Gap"), "kind", "subject");
        describe(schemas.get("ChangeStrategyRow"), "gap", "gapSubject");
    }

    static String kinds() {
        return "Where the chain vision → objective → goal → indicator → intervention → result is broken: "
                + Arrays.stream(GapKind.values())
                        .map(kind -> kind.name() + ": " + kind.meaning())
                        .collect(Collectors.joining("; "));
    }

    static String subjects() {
        return "What the gap concerns: "
                + Arrays.stream(GapKind.values())
                        .map(kind -> kind.subject() + " for " + kind.name())
                        .collect(Collectors.joining("; "));
    }

    private static void describe(Schema<?> schema, String kindProperty, String subjectProperty) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        Schema<?> kind = schema.getProperties().get(kindProperty);
        if (kind != null) {
            kind.setDescription(kinds());
        }
        Schema<?> subject = schema.getProperties().get(subjectProperty);
        if (subject != null) {
            subject.setDescription(subjects());
        }
    }
}
