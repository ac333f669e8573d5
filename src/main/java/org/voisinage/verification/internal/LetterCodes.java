package org.voisinage.verification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The codes printed on verification letters: 8 characters from an alphabet without the look-alikes
 * 0/O, 1/I/L, printed as {@code ABCD-EFGH}. Stored as SHA-256(salt + code) with a random 16-byte salt per
 * code: codes are random, short-lived and their attempts are rate-limited, so a fast salted hash is enough.
 */
public final class LetterCodes {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;

    private LetterCodes() {}

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** "ABCDEFGH" -> "ABCD-EFGH", as printed on the letter. */
    public static String format(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    /** What a person typed, without blanks and dashes, upper-case: "abcd efgh", "ABCD-EFGH" -> "ABCDEFGH". */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replaceAll("[\\s\\-\u2010-\u2015]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether a normalised code could have been printed by us; anything else is a typing slip, not a guess. */
    public static boolean isWellFormed(String normalised) {
        if (normalised.length() != LENGTH) {
            return false;
        }
        for (char c : normalised.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    public static String newSalt(SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    public static String hash(String salt, String normalisedCode) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(HexFormat.of().parseHex(salt));
            return HexFormat.of().formatHex(sha256.digest(normalisedCode.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Constant-time comparison of a typed code with a stored hash. */
    public static boolean matches(String normalisedCode, String salt, String expectedHash) {
        byte[] actual = hash(salt, normalisedCode).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(actual, expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
