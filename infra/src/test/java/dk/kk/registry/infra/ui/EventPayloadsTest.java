package dk.kk.registry.infra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** The event log and a source's facts show a measured value as its source stated it, in the reader's language. */
class EventPayloadsTest {

    private final EventPayloads payloads = new EventPayloads(new StaticMessageSource(), new UiFormat());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "da | {\"about\":\"20\"}                  | ca. 20",
                "en | {\"about\":\"20\"}                  | about 20",
                "da | {\"from\":\"67\",\"to\":\"72\"}     | 67–72",
                "da | {\"below\":\"60\"}                  | under 60",
                "en | {\"above\":\"5\"}                   | above 5"
            })
    void anUncertainValueReadsAsItsSourceStatedIt(String language, String value, String shown) {
        Locale locale = Locale.forLanguageTag(language);
        LocaleContextHolder.setLocale(locale);

        List<EventPayloads.Field> fields = payloads.fields("{\"value\":" + value + "}", Map.of(), locale);

        assertThat(fields).extracting(EventPayloads.Field::value).containsExactly(shown);
    }
}
