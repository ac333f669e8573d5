package org.voisinage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Counted things read as real plurals ("1 jour restant", "3 jours restants"), never "jour(s)": the bundles use
 * {@code java.text.MessageFormat}'s {@code choice} form, which Spring's default message source understands. In French
 * 0 and 1 take the singular; in English 0 takes the plural.
 */
class PluralMessagesTests {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;

    private final ResourceBundleMessageSource messages = appMessageSource();

    @Test
    void noMessageHidesItsPluralBehindParentheses() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages*/**/*.properties");
        Resource[] root = new PathMatchingResourcePatternResolver().getResources("classpath*:messages*.properties");
        assertThat(bundles).isNotEmpty();
        for (Resource[] set : new Resource[][] {root, bundles}) {
            for (Resource bundle : set) {
                Properties properties = load(bundle);
                properties.forEach((key, value) -> assertThat(value.toString())
                        .as("%s in %s", key, bundle.getFilename())
                        .doesNotContain("(s)", "(es)", "(x)"));
            }
        }
    }

    @Test
    void daysLeftAgreeWithTheirNumberInBothLanguages() {
        assertThat(render("challenge.daysLeft", FR, 0, "01/06/2026")).isEqualTo("0 jour restant, jusqu’au 01/06/2026");
        assertThat(render("challenge.daysLeft", FR, 1, "01/06/2026")).isEqualTo("1 jour restant, jusqu’au 01/06/2026");
        assertThat(render("challenge.daysLeft", FR, 3L, "01/06/2026")).isEqualTo("3 jours restants, jusqu’au 01/06/2026");
        assertThat(render("challenge.daysLeft", EN, 0, "01/06/2026")).isEqualTo("0 days left, until 01/06/2026");
        assertThat(render("challenge.daysLeft", EN, 1, "01/06/2026")).isEqualTo("1 day left, until 01/06/2026");
        assertThat(render("challenge.daysLeft", EN, 3L, "01/06/2026")).isEqualTo("3 days left, until 01/06/2026");
    }

    @Test
    void severalCountsInOneMessageEachAgree() {
        assertThat(render("challenge.card.progress", FR, 1, 300, 1)).isEqualTo("1 engagement sur 300 — 1 jour restant");
        assertThat(render("challenge.card.progress", FR, 120, 300, 12L))
                .isEqualTo("120 engagements sur 300 — 12 jours restants");
        assertThat(render("challenge.card.progress", EN, 1, 300, 1)).isEqualTo("1 pledge of 300 — 1 day left");
        assertThat(render("challenge.card.progress", EN, 0, 300, 0)).isEqualTo("0 pledges of 300 — 0 days left");
        assertThat(render("moderation.author.history", FR, 1, 2L)).isEqualTo("1 dossier précédent, 2 sanctions");
        assertThat(render("moderation.author.history", EN, 2, 1L)).isEqualTo("2 earlier cases, 1 sanction");
        assertThat(render("agenda.event.attendanceOf", FR, 1, 1)).isEqualTo("1 participant sur 1 place");
        assertThat(render("agenda.event.attendanceOf", EN, 3, 10)).isEqualTo("3 going out of 10 places");
        assertThat(render("initiative.card.facts", FR, "Camille", 1, 0)).isEqualTo("Portée par Camille · 1 membre · 0 besoin ouvert");
        assertThat(render("initiative.card.facts", EN, "Camille", 4, 1)).isEqualTo("Carried by Camille · 4 members · 1 open need");
    }

    @Test
    void singleCountsAgree() {
        assertThat(render("exchange.lend.days", FR, 1)).isEqualTo("1 jour");
        assertThat(render("exchange.lend.days", FR, 7)).isEqualTo("7 jours");
        assertThat(render("exchange.lend.days", EN, 1)).isEqualTo("1 day");
        assertThat(render("exchange.lend.days", EN, 7)).isEqualTo("7 days");
        assertThat(render("messaging.inbox.unread", FR, 1L)).isEqualTo("1 non lu");
        assertThat(render("messaging.inbox.unread", FR, 2L)).isEqualTo("2 non lus");
        assertThat(render("moderation.case.summary", FR, 1, "4,5")).isEqualTo("1 signalement, score 4,5");
        assertThat(render("moderation.case.summary", EN, 3, "4.5")).isEqualTo("3 reports, score 4.5");
        assertThat(render("login.wait.ACCOUNT", FR, 1L)).contains("attendez 1 seconde avant").contains("d'échecs");
        assertThat(render("login.wait.ACCOUNT", EN, 30L)).contains("wait 30 seconds before");
        assertThat(render("notification.failed.count", EN, 0L)).isEqualTo("No failed email");
    }

    private String render(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The same bundles, in the same order, as {@code spring.messages.basename} in application.properties. */
    private static ResourceBundleMessageSource appMessageSource() {
        Properties application = load(new ClassPathResource("application.properties"));
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(application.getProperty("spring.messages.basename").split(","));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties load(Resource resource) {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
