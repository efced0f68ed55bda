package dk.kk.registry.infra.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * {@link AdmissibleText} for what a request carries besides its body: the decoded path, the headers the registry reads
 * and, on the API, every parameter's name and value. Ahead of Spring Security, so that what its firewall would turn
 * into an error page is a problem naming the field. The API refuses with 400 problem details; a page of the UI gets the
 * 400 error page for its path or a header, while its parameters are bound to forms, which say it beside the field
 * ({@code ui.AdmissibleFormText}). Parameters that pass are handed on in NFC.
 * <p>
 * Headers are checked but not normalised: those the registry reads are protocol text in ASCII (a version, a key, an
 * id). A multipart body is left unparsed, as the API takes none; its query parameters are then not checked here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AdmissibleTextFilter extends OncePerRequestFilter {

    static final List<String> READ_HEADERS = List.of(
            HttpHeaders.IF_MATCH,
            IdempotencyFilter.HEADER,
            RequestContext.CORRELATION_HEADER,
            HttpHeaders.ACCEPT_LANGUAGE,
            "HX-Request",
            "HX-History-Restore-Request");

    private final ProblemResponses problems;

    AdmissibleTextFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith("/api/");
        boolean parameters = !isMultipart(request);
        String[] refused = refusal(request, api && parameters);
        if (refused != null) {
            if (api) {
                problems.write(
                        response,
                        ProblemResponses.invalid(
                                refused[0] + ": " + refused[1],
                                List.of(Map.of("field", refused[0], "message", refused[1]))),
                        false);
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
            return;
        }
        chain.doFilter(parameters ? ComposedParameters.of(request) : request, response);
    }

    /** The field and the rule's message for the first text that breaks the rule, or null. */
    private static String[] refusal(HttpServletRequest request, boolean parameters) {
        String path;
        try {
            path = UriUtils.decode(request.getRequestURI(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // Not percent-encoding at all: the container and Spring answer that, not this rule.
            path = "";
        }
        String violation = AdmissibleText.violation(path);
        if (violation != null) {
            return new String[] {"path", violation};
        }
        for (String header : READ_HEADERS) {
            Enumeration<String> values = request.getHeaders(header);
            while (values != null && values.hasMoreElements()) {
                violation = AdmissibleText.violation(values.nextElement());
                if (violation != null) {
                    return new String[] {header, violation};
                }
            }
        }
        if (parameters) {
            String malformed = notUtf8(request.getQueryString());
            if (malformed != null) {
                return new String[] {malformed, "is not UTF-8 text (a byte sequence that encodes no character)"};
            }
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                String name = AdmissibleText.escaped(parameter.getKey());
                violation = AdmissibleText.violation(parameter.getKey());
                if (violation != null) {
                    return new String[] {name, "the parameter name " + violation};
                }
                for (String value : parameter.getValue()) {
                    violation = AdmissibleText.violation(value);
                    if (violation != null) {
                        return new String[] {name, violation};
                    }
                }
            }
        }
        return null;
    }

    /**
     * The name of the first query parameter whose bytes are not UTF-8 (a lone surrogate encoded as {@code %ED%B0%80},
     * a stray continuation byte), or null. The container decodes such bytes into U+FFFD replacement characters, which
     * would pass the rule; a body with the same bytes is refused by the JSON reader, and so is the parameter.
     */
    static String notUtf8(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!utf8(name) || (equals >= 0 && !utf8(pair.substring(equals + 1)))) {
                byte[] bytes = percentDecoded(name);
                return bytes == null ? name : AdmissibleText.escaped(new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return null;
    }

    private static boolean utf8(String encoded) {
        byte[] bytes = percentDecoded(encoded);
        if (bytes == null) {
            return true;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The bytes the percent-encoding stands for; null when it is not percent-encoding (the container answers that). */
    private static byte[] percentDecoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x100) {
                // The container hands the raw query over byte by byte, as ISO-8859-1.
                bytes.write(c);
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The request with its parameter values in NFC; the request itself when they are already. */
    static final class ComposedParameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        private ComposedParameters(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        static HttpServletRequest of(HttpServletRequest request) {
            Map<String, String[]> given = request.getParameterMap();
            boolean composed = true;
            for (String[] values : given.values()) {
                for (String value : values) {
                    composed &= AdmissibleText.nfc(value) == value;
                }
            }
            if (composed) {
                return request;
            }
            Map<String, String[]> parameters = new LinkedHashMap<>();
            given.forEach((name, values) -> {
                String[] nfc = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    nfc[i] = AdmissibleText.nfc(values[i]);
                }
                parameters.put(name, nfc);
            });
            return new ComposedParameters(request, Collections.unmodifiableMap(parameters));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
