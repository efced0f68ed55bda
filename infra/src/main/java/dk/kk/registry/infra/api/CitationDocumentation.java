package dk.kk.registry.infra.api;

import dk.kk.registry.shared.common.Citation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The citation every JSON write may carry ({@link CitationBodyAdvice}), documented once: the schema {@code Citation}
 * and a {@code source} property on every write body's object schema. Where a body already has a {@code source} text
 * (the statistics' source of a measurement or an indicator, a funding line's organisation), it is that text or a
 * citation, said in words.
 */
final class CitationDocumentation {

    static final String SCHEMA = "Citation";
    private static final String EITHER = "Either text: ";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    private CitationDocumentation() {}

    static void addTo(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getComponents() == null) {
            return;
        }
        openApi.getComponents()
                .addSchemas(
                        SCHEMA,
                        new ObjectSchema()
                                .description(
                                        "The source this write's facts come from (W3C PROV: the facts wasDerivedFrom it); "
                                                + "every event of the write records it, and GET /api/sources/{id}/facts lists them")
                                .addProperty(
                                        "id", new StringSchema().maxLength(200).description("A registered source's id"))
                                .addProperty(
                                        Citation.LOCATOR,
                                        new StringSchema()
                                                .maxLength(Citation.MAX_LOCATOR)
                                                .nullable(true)
                                                .description("Where in the source: a section or page"))
                                .addProperty(
                                        Citation.QUOTATION,
                                        new StringSchema()
                                                .maxLength(Citation.MAX_QUOTATION)
                                                .nullable(true)
                                                .description("The source's own words"))
                                .addProperty(
                                        Citation.NOTE,
                                        new StringSchema()
                                                .maxLength(Citation.MAX_NOTE)
                                                .nullable(true)
                                                .description("A note on the citation"))
                                .required(List.of("id"))
                                .additionalProperties(false));
        Map<String, Schema> components = openApi.getComponents().getSchemas();
        openApi.getPaths().values().forEach(item -> item.readOperationsMap().forEach((method, operation) -> {
            if (method == PathItem.HttpMethod.GET
                    || operation.getRequestBody() == null
                    || operation.getRequestBody().getContent() == null) {
                return;
            }
            MediaType json = operation.getRequestBody().getContent().get("application/json");
            if (json != null) {
                bodies(json.getSchema(), components).forEach(CitationDocumentation::cite);
            }
        }));
    }

    private static List<Schema<?>> bodies(Schema<?> schema, Map<String, Schema> components) {
        List<Schema<?>> found = new ArrayList<>();
        if (schema == null) {
            return found;
        }
        if (schema.get$ref() != null) {
            Schema<?> component =
                    components.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            return component == null ? found : bodies(component, components);
        }
        for (List<Schema> choices : java.util.Arrays.asList(schema.getOneOf(), schema.getAnyOf())) {
            if (choices != null) {
                choices.forEach(choice -> found.addAll(bodies(choice, components)));
            }
        }
        if (schema.getProperties() != null) {
            found.add(schema);
        }
        return found;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void cite(Schema<?> body) {
        Map<String, Schema> properties = (Map) body.getProperties();
        Schema<?> existing = properties.get(CitationBodyAdvice.FIELD);
        Schema<?> citation = new Schema<>().$ref(REF);
        List<Schema> aliasChoices = new ArrayList<>();
        aliasChoices.add(new Schema<>().$ref(REF));
        aliasChoices.add(new ObjectSchema().nullable(true)._enum(Collections.singletonList(null)));
        properties.putIfAbsent(
                CitationBodyAdvice.ALIAS,
                new Schema<>()
                        .anyOf(aliasChoices)
                        .description(
                                "The same citation as an object in 'source' gives, under its own name: for the writes "
                                        + "whose 'source' is a text of their own (a measurement's statistics, an indicator's source, a "
                                        + "funding line's organisation). A write cites one source, in one of the two (optional)"));
        if (existing != null
                && (existing.getAnyOf() != null
                                && existing.getAnyOf().stream()
                                        .anyMatch(choice -> REF.equals(((Schema<?>) choice).get$ref()))
                        || existing.getDescription() != null
                                && existing.getDescription().startsWith(EITHER))) {
            return;
        }
        if (existing != null) {
            // Left without a type rather than a union of the text and the object: a generated client keeps taking
            // the text where it always has (a union would become a wrapper class), and may send a citation there.
            properties.put(
                    CitationBodyAdvice.FIELD,
                    new Schema<>()
                            .description(EITHER
                                    + (existing.getDescription() == null
                                            ? "as documented for this write"
                                            : existing.getDescription())
                                    + (existing.getMaxLength() == null
                                            ? ""
                                            : " (at most " + existing.getMaxLength() + " characters)")
                                    + "; or an object, the " + SCHEMA
                                    + " of the source this write's facts come from"));
            return;
        }
        List<Schema> choices = new ArrayList<>();
        choices.add(citation);
        choices.add(new ObjectSchema().nullable(true)._enum(Collections.singletonList(null)));
        properties.put(
                CitationBodyAdvice.FIELD,
                new Schema<>().anyOf(choices).description("The source of this write's facts (optional)"));
    }
}
