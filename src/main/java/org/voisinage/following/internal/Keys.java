package org.voisinage.following.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Random keys carried in links (unsubscribe, confirmation) and the hashes we keep of single-use tokens. */
public final class Keys {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 128 random bits in URL-safe base64, no padding: 22 characters. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private Keys() {}

    public static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A key as we make them; anything else is unknown without asking the database. */
    public static boolean looksValid(String key) {
        return key != null && SHAPE.matcher(key).matches();
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
