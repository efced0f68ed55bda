package dk.kk.registry.infra.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.registry.infra.http.BadInput;
import dk.kk.registry.infra.http.CitationInput;
import dk.kk.registry.infra.http.RequestContext;
import dk.kk.registry.shared.common.Citation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every JSON write may cite its source: a top-level {@code "source": {"id", "locator", "quotation", "note"}} object
 * (API.md, "Sources"). This advice takes that object out of the body before the request's own record is read, checks
 * it as text ({@link AdmissibleText}, the citation's limits, no other field) and keeps it in the
 * {@link RequestContext}, from where {@link Commands} records it in the metadata of every event of the write. A
 * {@code source} that is a string stays in the body: measurements and indicators name their statistics' source so.
 * A {@code "source": null} cites nothing and is dropped too. A body that does not parse is handed on as it came,
 * for the request's converter to refuse.
 */
@ControllerAdvice
class CitationBodyAdvice extends RequestBodyAdviceAdapter {

    static final String FIELD = CitationInput.FIELD;
    /**
     * The same citation under its own name, for the writes whose {@code source} is a text of their own (a
     * measurement's statistics, an indicator's source, a funding line's organisation), and for any write.
     */
    static final String ALIAS = "citation";

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();
    private static final ObjectMapper TREES = new ObjectMapper(JSON);

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] body = input.getBody().readAllBytes();
        Stripped stripped = strip(body);
        if (stripped.citation() != null) {
            RequestContext.cite(stripped.citation());
        }
        byte[] handedOn = stripped.body();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(handedOn);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /** The body without its citation object, and the citation; the body unchanged where it cites nothing. */
    static Stripped strip(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !citesSource(body)) {
                return new Stripped(body, null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
            Citation citation = null;
            try (JsonGenerator generator = JSON.createGenerator(out)) {
                generator.writeStartObject();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    boolean cites = FIELD.equals(name) || ALIAS.equals(name);
                    if (cites && value == JsonToken.START_OBJECT) {
                        if (citation != null) {
                            throw new BadInput(
                                    ALIAS,
                                    "a write cites one source: give it as 'source' or as " + "'citation', not both");
                        }
                        citation = citation(parser);
                    } else if (ALIAS.equals(name) && value != JsonToken.VALUE_NULL) {
                        throw new BadInput(
                                ALIAS, "a citation is an object {\"id\", \"locator\", \"quotation\", " + "\"note\"}");
                    } else if (!(cites && value == JsonToken.VALUE_NULL)) {
                        generator.writeFieldName(name);
                        copy(parser, generator);
                    }
                }
                generator.writeEndObject();
                if (parser.nextToken() != null) {
                    return new Stripped(body, null);
                }
            }
            return new Stripped(out.toByteArray(), citation);
        } catch (IOException e) {
            return new Stripped(body, null);
        }
    }

    /** A cheap look before the copy: only a body with a top-level source object (or null) is rewritten. */
    private static boolean citesSource(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (FIELD.equals(name) && (value == JsonToken.START_OBJECT || value == JsonToken.VALUE_NULL)
                        || ALIAS.equals(name)) {
                    return true;
                }
                parser.skipChildren();
            }
            return false;
        }
    }

    private static void copy(JsonParser parser, JsonGenerator generator) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            int depth = 0;
            do {
                JsonToken current = parser.currentToken();
                if (current == JsonToken.START_OBJECT || current == JsonToken.START_ARRAY) {
                    depth++;
                } else if (current == JsonToken.END_OBJECT || current == JsonToken.END_ARRAY) {
                    depth--;
                }
                generator.copyCurrentEventExact(parser);
                if (depth > 0) {
                    parser.nextToken();
                }
            } while (depth > 0);
        } else {
            generator.copyCurrentEventExact(parser);
        }
    }

    private static Citation citation(JsonParser parser) throws IOException {
        return CitationInput.read(TREES.readTree(parser));
    }

    record Stripped(byte[] body, Citation citation) {}
}
