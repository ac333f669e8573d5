package org.voisinage.notification;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An email to queue in the outbox. Its body comes from two Thymeleaf templates,
 * {@code templates/<template>.html} and {@code templates/<template>.txt}, rendered in {@code locale};
 * its subject from the message {@code subjectKey} with {@code subjectArgs}. Templates see the model and
 * {@code baseUrl}; links in emails must be absolute.
 */
public record Email(String to, Locale locale, String template, String subjectKey, Object[] subjectArgs,
        Map<String, Object> model, Map<String, String> headers) {

    /** The header carrying a caller-chosen Message-ID; the outbox stores it apart from the other headers. */
    public static final String MESSAGE_ID = "Message-ID";

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

    /**
     * A deterministic Message-ID, e.g. {@code "signup-confirm-42"} (completed to {@code <signup-confirm-42@host>}).
     * Queuing twice an email with the same id queues it once: an event listener run again does not send twice.
     */
    public Email messageId(String id) {
        return header(MESSAGE_ID, id);
    }
}
