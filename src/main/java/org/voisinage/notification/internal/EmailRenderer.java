package org.voisinage.notification.internal;

import java.util.HashMap;
import java.util.Map;
import org.voisinage.common.SiteProperties;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.voisinage.notification.Email;

/**
 * Renders an email's subject and its two bodies in the email's locale. The template engines are private to
 * this class, not beans: declaring a template engine bean would replace the one Spring Boot configures for
 * the web pages. Both resolve messages ({@code #{...}}) from the application's bundles.
 */
@Component
public class EmailRenderer {

    private final MessageSource messages;
    private final String baseUrl;
    private final SpringTemplateEngine html;
    private final SpringTemplateEngine text;

    /** Templates are cached as the web pages' are ({@code spring.thymeleaf.cache}, on unless developing). */
    EmailRenderer(MessageSource messages, SiteProperties site, ThymeleafProperties thymeleaf) {
        boolean cache = thymeleaf.isCache();
        this.messages = messages;
        String baseUrl = site.baseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.html = engine(TemplateMode.HTML, ".html", cache);
        this.text = engine(TemplateMode.TEXT, ".txt", cache);
    }

    private SpringTemplateEngine engine(TemplateMode mode, String suffix, boolean cache) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(cache);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    public RenderedEmail render(Email email) {
        String subject = messages.getMessage(email.subjectKey(), email.subjectArgs(), email.locale());
        Map<String, Object> variables = new HashMap<>(email.model());
        variables.putIfAbsent("baseUrl", baseUrl);
        Context context = new Context(email.locale(), variables);
        // template comments and fragment inclusions leave blank lines at the edges of the text
        String plainText = text.process(email.template(), context).strip() + "\n";
        return new RenderedEmail(subject.replaceAll("[\\r\\n]+", " ").strip(), plainText,
                html.process(email.template(), context));
    }

    public String baseUrl() {
        return baseUrl;
    }

    public record RenderedEmail(String subject, String text, String html) {}
}
