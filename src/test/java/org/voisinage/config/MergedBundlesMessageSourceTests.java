package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The merged message source answers every code of every bundle exactly as Spring's plain walk through the bundles
 * does (same first-bundle-wins order, same plurals, same misses), in both languages and in a language the site does
 * not speak.
 */
class MergedBundlesMessageSourceTests {

    private static final String[] BASENAMES = load(new ClassPathResource("application.properties"))
            .getProperty("spring.messages.basename").split(",");

    private final ResourceBundleMessageSource walk = configure(new ResourceBundleMessageSource());
    private final ResourceBundleMessageSource merged = configure(new MergedBundlesMessageSource());

    @Test
    void everyCodeReadsAsThePlainWalkReadsIt() throws IOException {
        Set<String> codes = allCodes();
        assertThat(codes).hasSizeGreaterThan(1000);
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN)) {
            for (String code : codes) {
                assertSame(() -> walk.getMessage(code, null, locale), () -> merged.getMessage(code, null, locale),
                        code + " " + locale);
                Object[] args = {3, 1L, "x"};
                assertSame(() -> walk.getMessage(code, args, locale), () -> merged.getMessage(code, args, locale),
                        code + " with arguments " + locale);
            }
        }
    }

    @Test
    void pluralsAndMissesAreTheSame() {
        assertThat(merged.getMessage("challenge.daysLeft", new Object[] {1, "01/06/2026"}, Locale.FRENCH))
                .isEqualTo("1 jour restant, jusqu’au 01/06/2026");
        assertThat(merged.getMessage("challenge.daysLeft", new Object[] {0, "01/06/2026"}, Locale.ENGLISH))
                .isEqualTo("0 days left, until 01/06/2026");
        assertThatThrownBy(() -> merged.getMessage("no.such.code", null, Locale.FRENCH))
                .isInstanceOf(NoSuchMessageException.class);
        assertThat(merged.getMessage("no.such.code", null, "fallback", Locale.ENGLISH)).isEqualTo("fallback");
    }

    private static void assertSame(Supplier<String> expected, Supplier<String> actual, String what) {
        String want;
        try {
            want = expected.get();
        } catch (RuntimeException failure) {
            assertThatThrownBy(actual::get).as(what).isInstanceOf(failure.getClass());
            return;
        }
        assertThat(actual.get()).as(what).isEqualTo(want);
    }

    private static <T extends ResourceBundleMessageSource> T configure(T source) {
        source.setBasenames(BASENAMES);
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Set<String> allCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        var resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : List.of("classpath*:messages*.properties", "classpath*:messages/*.properties")) {
            for (Resource bundle : resolver.getResources(pattern)) {
                codes.addAll(load(bundle).stringPropertyNames());
            }
        }
        return codes;
    }

    private static Properties load(Resource resource) {
        try {
            return PropertiesLoaderUtils.loadProperties(new EncodedResource(resource, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
