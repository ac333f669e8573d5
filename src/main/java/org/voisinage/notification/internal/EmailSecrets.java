package org.voisinage.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
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
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    private final SiteSecrets siteSecrets;
    private final MailSettings settings;
    private volatile SecretKeySpec key;

    EmailSecrets(SiteSecrets siteSecrets, MailSettings settings) {
        this.siteSecrets = siteSecrets;
        this.settings = settings;
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
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(messageId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(sealed, 0, all, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt the secrets of email " + messageId, e);
        }
    }

    private String decrypt(String sealed, String messageId) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, IV_BYTES));
            cipher.updateAAD(messageId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // another key (voisinage.mail.secrets-key changed): the email cannot be sent as it was written
            throw new IllegalStateException("The secrets of email " + messageId + " cannot be decrypted", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(loadKey(), "AES");
                }
                current = key;
            }
        }
        return current;
    }

    private byte[] loadKey() {
        if (StringUtils.hasText(settings.secretsKey())) {
            byte[] configured = Base64.getDecoder().decode(settings.secretsKey().strip());
            if (configured.length != 32) {
                throw new IllegalStateException("voisinage.mail.secrets-key must be 32 bytes in base64");
            }
            return configured;
        }
        // the first instance to get here stores its key; every instance then uses the stored one
        return siteSecrets.key("outbox-secrets");
    }
}
