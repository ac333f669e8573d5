package org.voisinage.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.util.StringUtils;

/**
 * Secrets the application must read again later (an email's link tokens until it is sent, a webhook's signing
 * secret), stored encrypted: AES-256-GCM, each bound to what it belongs to (associated data), so that the database
 * alone (a backup, a dump) reveals none. The key comes from the configuration (32 bytes in base64); unset, from a
 * key drawn once and kept in the database ({@link SiteSecrets}), shared by every instance. Read on first use.
 */
public class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    private final String property;
    private final String configured;
    private final Supplier<byte[]> drawn;
    private volatile SecretKeySpec key;

    /**
     * @param property the configuration property of the key, named when it is wrong
     * @param configured its value (blank: none)
     * @param drawn the shared drawn key, when none is configured
     */
    public SecretBox(String property, String configured, Supplier<byte[]> drawn) {
        this.property = property;
        this.configured = configured;
        this.drawn = drawn;
    }

    /** The secret encrypted, in base64, bound to {@code context}. */
    public String seal(String plain, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(sealed, 0, all, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a secret of " + context, e);
        }
    }

    /**
     * The secret sealed with this context.
     *
     * @throws IllegalStateException when it cannot be read: another key (the configured one changed), or another
     *         context
     */
    public String open(String sealed, String context) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A secret of " + context + " cannot be decrypted (" + property
                    + " changed?)", e);
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
        if (StringUtils.hasText(configured)) {
            byte[] bytes = Base64.getDecoder().decode(configured.strip());
            if (bytes.length != SiteSecrets.KEY_BYTES) {
                throw new IllegalStateException(property + " must be 32 bytes in base64");
            }
            return bytes;
        }
        return drawn.get();
    }
}
