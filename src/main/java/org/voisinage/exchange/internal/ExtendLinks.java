package org.voisinage.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.voisinage.common.SecurityProperties;

/**
 * The one-click "extend my listing" link: HMAC-SHA256 over the listing id and the expiry date the email was sent
 * for, keyed with {@code voisinage.security.link-secret}. Single use without a table: once the listing is extended
 * its expiry date changes, so the signature no longer matches it. Without a configured secret a random one is drawn
 * at start (links sent before a restart stop working).
 */
@Component
public class ExtendLinks {

    private final byte[] secret;

    public ExtendLinks(SecurityProperties security) {
        this.secret = security.linkKey();
    }

    public String token(long listingId, LocalDate expiresOn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(
                    mac.doFinal(("listing-extend:" + listingId + ":" + expiresOn).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether the token was made for this listing at this expiry date (compared in constant time). */
    public boolean matches(long listingId, LocalDate expiresOn, String token) {
        byte[] expected = token(listingId, expiresOn).getBytes(StandardCharsets.US_ASCII);
        byte[] given = (token == null ? "" : token).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
