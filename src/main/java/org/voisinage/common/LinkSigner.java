package org.voisinage.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signs what an emailed link carries for someone without an account (a challenge's target, a listing's one-click
 * extension): HMAC-SHA256, keyed with {@code voisinage.security.link-secret} or, unset, the site's key every instance shares
 * ({@link SecurityProperties#linkKey}).
 * Each use prefixes its own words, so a signature made for one kind of link never fits another.
 */
@Component
public class LinkSigner {

    private final byte[] key;

    public LinkSigner(SecurityProperties security, SiteSecrets siteSecrets) {
        this.key = security.linkKey(siteSecrets);
    }

    /** The signature of these words, in hexadecimal. */
    public String sign(String words) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(words.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether the signature is these words' (compared in constant time; null is never). */
    public boolean matches(String words, String signature) {
        byte[] expected = sign(words).getBytes(StandardCharsets.US_ASCII);
        byte[] given = (signature == null ? "" : signature).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
