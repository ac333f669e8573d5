package org.voisinage.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French and English. A language chosen with the switch (?lang=) is kept in a cookie; otherwise the
 * browser's preferred language among those two wins, and French for any other.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("voisinage-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            if (request.getHeader("Accept-Language") == null) {
                return Locale.FRENCH;
            }
            var preferred = request.getLocales();
            while (preferred.hasMoreElements()) {
                Locale locale = preferred.nextElement();
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(locale.getLanguage())) {
                        return supported;
                    }
                }
            }
            return Locale.FRENCH;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                // only the languages we have bundles for; anything else falls back to the default
                return SUPPORTED.stream().filter(l -> l.getLanguage().equals(value)).findFirst().orElse(null);
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
