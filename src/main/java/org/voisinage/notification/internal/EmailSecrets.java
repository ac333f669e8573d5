package org.voisinage.notification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.voisinage.common.SecretBox;
import org.voisinage.common.SiteSecrets;
import org.springframework.web.util.HtmlUtils;

/**
 * The secrets of an email (its link tokens, unsubscribe keys) are never stored readable. The bodies and headers
 * are stored with a placeholder where each secret was; the secrets themselves are kept apart, encrypted
 * (AES-256-GCM, bound to the email's Message-ID), until the email is sent, then dropped. Staff see the
 * placeholders as {@link #MASK}.
 *
 * <p>The key comes from {@code voisinage.mail.secrets-key} (32 bytes in base64), so that the database alone
 * (a backup, a dump) reveals no secret; unset, a key drawn once is kept in the database
 * ({@link SiteSecrets}), shared by every instance.
 */
@Component
public class EmailSecrets {

    /** What staff read where a secret was. */
    public static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{voisinage-secret-(\\d{1,3})}}");

    private final SecretBox box;

    EmailSecrets(SiteSecrets siteSecrets, MailSettings settings) {
        // the first instance to need the drawn key stores it; every instance then uses the stored one
        this.box = new SecretBox("voisinage.mail.secrets-key", settings.secretsKey(),
                () -> siteSecrets.key("outbox-secrets"));
    }

    /** An email ready to store: its texts with placeholders, and its secrets sealed (null when it has none). */
    public record Sealed(String text, String html, String headers, String secrets) {}

    /**
     * Replaces each secret by a placeholder wherever it shows (as it is, or HTML-escaped in the HTML body).
     *
     * @throws IllegalArgumentException when a secret shows in the Message-ID
     */
    public Sealed seal(Collection<String> secrets, String text, String html, String headers, String messageId) {
        if (secrets.isEmpty()) {
            return new Sealed(text, html, headers, null);
        }
        // the longest first: a secret containing another is replaced whole
        List<String> ordered = new ArrayList<>(secrets);
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        for (int i = 0; i < ordered.size(); i++) {
            String secret = ordered.get(i);
            if (messageId.contains(secret)) {
                throw new IllegalArgumentException("A secret must not be part of the Message-ID " + messageId);
            }
            String placeholder = placeholder(i);
            text = text.replace(secret, placeholder);
            html = html.replace(secret, placeholder).replace(HtmlUtils.htmlEscape(secret), placeholder);
            headers = headers.replace(secret, placeholder);
        }
        return new Sealed(text, html, headers, encrypt(String.join("\n", ordered), messageId));
    }

    /** The text as it is sent: placeholders replaced by the secrets. */
    public String unseal(String stored, String sealedSecrets, String messageId) {
        if (sealedSecrets == null) {
            return stored;
        }
        String[] secrets = decrypt(sealedSecrets, messageId).split("\n", -1);
        return replace(stored, index -> index < secrets.length ? secrets[index] : MASK);
    }

    /** The text as staff read it: every placeholder shown as {@link #MASK}. */
    public static String masked(String stored) {
        return stored == null ? null : replace(stored, index -> MASK);
    }

    private static String replace(String stored, java.util.function.IntFunction<String> value) {
        Matcher matcher = PLACEHOLDER.matcher(stored);
        StringBuilder result = new StringBuilder(stored.length());
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(value.apply(Integer.parseInt(matcher.group(1)))));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String placeholder(int index) {
        return "{{voisinage-secret-" + index + "}}";
    }

    private String encrypt(String plain, String messageId) {
        return box.seal(plain, messageId);
    }

    private String decrypt(String sealed, String messageId) {
        // another key (voisinage.mail.secrets-key changed): the email cannot be sent as it was written
        return box.open(sealed, messageId);
    }
}
