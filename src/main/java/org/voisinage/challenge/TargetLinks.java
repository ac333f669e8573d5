package org.voisinage.challenge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.voisinage.common.SecurityProperties;
import org.voisinage.common.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The signed link a target answers through, without an account: HMAC-SHA256 over the challenge id and the
 * expiry, keyed with {@code voisinage.security.link-secret}. Without a configured secret a random one is drawn
 * at start, so links sent before a restart stop working: set it in production.
 */
@Component
class TargetLinks {

    enum Check { VALID, FORGED, EXPIRED }

    private final byte[] secret;
    private final Clock clock;
    private final Duration validity;
    private final String baseUrl;

    TargetLinks(SecurityProperties security, Clock clock, ChallengeProperties settings, SiteProperties site) {
        this.secret = security.linkKey();
        this.clock = clock;
        this.validity = settings.targetLinkValidity();
        this.baseUrl = site.baseUrl();
    }

    /** The absolute link emailed to the target. */
    String link(long challengeId) {
        long expires = clock.instant().plus(validity).getEpochSecond();
        return baseUrl + "/defis/" + challengeId + "/reponse?expires=" + expires + "&signature="
                + sign(challengeId, expires);
    }

    Check check(long challengeId, long expires, String signature) {
        byte[] expected = sign(challengeId, expires).getBytes(StandardCharsets.US_ASCII);
        byte[] given = (signature == null ? "" : signature).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Check.FORGED;
        }
        return clock.instant().isAfter(Instant.ofEpochSecond(expires)) ? Check.EXPIRED : Check.VALID;
    }

    String sign(long challengeId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((challengeId + ":" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
