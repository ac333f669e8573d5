package org.voisinage.challenge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.voisinage.common.LinkSigner;
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

    private final LinkSigner signer;
    private final Clock clock;
    private final Duration validity;
    private final String baseUrl;

    TargetLinks(LinkSigner signer, Clock clock, ChallengeProperties settings, SiteProperties site) {
        this.signer = signer;
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
        if (!signer.matches(words(challengeId, expires), signature)) {
            return Check.FORGED;
        }
        return clock.instant().isAfter(Instant.ofEpochSecond(expires)) ? Check.EXPIRED : Check.VALID;
    }

    String sign(long challengeId, long expires) {
        return signer.sign(words(challengeId, expires));
    }

    private static String words(long challengeId, long expires) {
        return challengeId + ":" + expires;
    }
}
