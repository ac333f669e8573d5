package org.voisinage.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files, only under their own paths, and French and English.
 *
 * <p>Static files: Boot's default handler maps {@code /**}, which makes every {@code @{...}} link of a page a
 * candidate static file for the ResourceUrlEncodingFilter; each miss (any page link) probes the class path again,
 * uncached, which took 77 % of the CPU of the home page in the packaged jar. Boot's mappings are off
 * ({@code spring.web.resources.add-mappings=false}) and these handlers serve only /css, /js, /img and /webjars:
 * other links never reach the resolvers. Their URLs carry a content hash (or the webjar's version), so they can
 * be cached for a year.
 *
 * <p>Languages: French and English. A language chosen with the switch (?lang=) is kept in a cookie; otherwise the
 * browser's preferred language among those two wins, and French for any other.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** The folders of src/main/resources/static, each served under its own path. */
    static final List<String> STATIC_FOLDERS = List.of("css", "js", "img");

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
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl aYear = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        for (String folder : STATIC_FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(aYear)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(aYear)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
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
