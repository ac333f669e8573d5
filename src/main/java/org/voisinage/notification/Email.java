package org.voisinage.notification;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An email to queue in the outbox. Its body comes from two Thymeleaf templates,
 * {@code templates/<template>.html} and {@code templates/<template>.txt}, rendered in {@code locale};
 * its subject from the message {@code subjectKey} with {@code subjectArgs}. Templates see the model and
 * {@code baseUrl}; links in emails must be absolute.
 *
 * <p>{@code secrets} are the parts only the recipient may read (the token of a link, an unsubscribe key): the
 * outbox stores the email with them masked, keeps them encrypted until the email is sent, then forgets them;
 * staff never see them. Declare every token an email carries with {@link #secret(String)}.
 */
public record Email(String to, Locale locale, String template, String subjectKey, Object[] subjectArgs,
        Map<String, Object> model, Map<String, String> headers, Set<String> secrets) {

    /** The header carrying a caller-chosen Message-ID; the outbox stores it apart from the other headers. */
    public static final String MESSAGE_ID = "Message-ID";

    public static Email to(String to, Locale locale, String template, String subjectKey, Object... subjectArgs) {
        return new Email(to, locale, template, subjectKey, subjectArgs, new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashSet<>());
    }

    /**
     * A value only the recipient may read, wherever it shows in the bodies or headers (e.g. the token in a link):
     * masked in the outbox, sent as it is. Not allowed in the subject or the Message-ID.
     */
    public Email secret(String value) {
        if (value != null && !value.isEmpty()) {
            secrets.add(value);
        }
        return this;
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
