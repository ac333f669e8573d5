package org.voisinage.notification;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An email to queue in the outbox. Its body comes from two Thymeleaf templates,
 * {@code templates/<template>.html} and {@code templates/<template>.txt}, rendered in {@code locale};
 * its subject from the message {@code subjectKey} with {@code subjectArgs}.
 */
public record Email(String to, Locale locale, String template, String subjectKey, Object[] subjectArgs,
        Map<String, Object> model, Map<String, String> headers) {

    public static Email to(String to, Locale locale, String template, String subjectKey, Object... subjectArgs) {
        return new Email(to, locale, template, subjectKey, subjectArgs, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    public Email with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    public Email header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
