package dk.kk.registry.infra.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The UI speaks Danish unless the user chose English: {@code ?lang=en} (or {@code da}) on any page switches, and a
 * cookie remembers the choice for a year. The API is not affected: it answers in English whatever the cookie says.
 */
@Configuration(proxyBeanMethods = false)
class UiConfiguration implements WebMvcConfigurer {

    static final Locale DANISH = Locale.forLanguageTag("da");
    static final String LANGUAGE_COOKIE = "registry-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {
            /**
             * The API document is the same in every language, but springdoc builds and keeps one per language it is
             * asked in: a visitor with the English cookie opening Swagger UI waited 42 s for a second build. It is
             * always asked in the default, the one built at start (ApiDocumentWarmUp).
             */
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return isApiDocument(request) ? DANISH : super.resolveLocale(request);
            }

            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                return isApiDocument(request) ? () -> DANISH : super.resolveLocaleContext(request);
            }

            private boolean isApiDocument(HttpServletRequest request) {
                return request.getRequestURI().startsWith(request.getContextPath() + "/v3/api-docs");
            }
        };
        resolver.setDefaultLocale(DANISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**", "/actuator/**", "/v3/**", "/swagger-ui/**");
    }
}
