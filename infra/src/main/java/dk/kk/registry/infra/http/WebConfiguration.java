package dk.kk.registry.infra.http;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.InstantFormatter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's and the UI's conversions: dates and instants in parameters and form fields are read as ISO-8601, as
 * Spring does, and must lie within the registry's {@link DateRange}; a single-valued parameter may be given once.
 * These converters are registered after Spring's, so they also take the parameters marked {@code @DateTimeFormat}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final MessageSource messages;

    WebConfiguration(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new CsvPageConverter(messages));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        InstantFormatter instants = new InstantFormatter();
        registry.addConverter(
                String.class,
                Instant.class,
                text -> text.isBlank()
                        ? null
                        : DateRange.check(parse(() -> instants.parse(text.strip(), Locale.ROOT))));
        registry.addConverter(
                String.class,
                LocalDate.class,
                text -> text.isBlank()
                        ? null
                        : DateRange.check(LocalDate.parse(text.strip(), DateTimeFormatter.ISO_DATE)));
        registry.addConverter(
                String.class,
                LocalDateTime.class,
                text -> text.isBlank()
                        ? null
                        : DateRange.check(LocalDateTime.parse(text.strip(), DateTimeFormatter.ISO_DATE_TIME)));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SingleValuedParameters());
        registry.addInterceptor(new PathIdentifiers());
        registry.addInterceptor(new LanguageParameter());
    }

    private interface Parse<T> {
        T get() throws ParseException;
    }

    private static <T> T parse(Parse<T> parse) {
        try {
            return parse.get();
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
