package dk.kk.registry.infra.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker (the library behind validator.w3.org/nu) run on a page as the server sent it: its errors,
 * each with line and column. Warnings are not errors and are left out.
 */
public final class HtmlChecker {

    /** Reading the HTML schema takes seconds; one checker, set up once, checks every page (one at a time). */
    private static final Collector COLLECTOR = new Collector();

    private static SimpleDocumentValidator validator;

    private HtmlChecker() {}

    public static synchronized List<String> errors(String html) {
        try {
            if (validator == null) {
                SimpleDocumentValidator fresh = new SimpleDocumentValidator(true, false, false);
                fresh.setUpMainSchema("http://s.validator.nu/html5-all.rnc", COLLECTOR);
                fresh.setUpValidatorAndParsers(COLLECTOR, false, false);
                validator = fresh;
            }
            COLLECTOR.errors.clear();
            InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
            return List.copyOf(COLLECTOR.errors);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML checker failed", e);
        }
    }

    private static final class Collector implements ErrorHandler {

        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
