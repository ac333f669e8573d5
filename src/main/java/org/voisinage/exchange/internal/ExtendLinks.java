package org.voisinage.exchange.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.voisinage.common.LinkSigner;

/**
 * The one-click "extend my listing" link: signed ({@link LinkSigner}) over the listing id and the expiry date the
 * email was sent for. Single use without a table: once the listing is extended its expiry date changes, so the
 * signature no longer matches it.
 */
@Component
public class ExtendLinks {

    private final LinkSigner signer;

    public ExtendLinks(LinkSigner signer) {
        this.signer = signer;
    }

    public String token(long listingId, LocalDate expiresOn) {
        return signer.sign(words(listingId, expiresOn));
    }

    /** Whether the token was made for this listing at this expiry date (compared in constant time). */
    public boolean matches(long listingId, LocalDate expiresOn, String token) {
        return signer.matches(words(listingId, expiresOn), token);
    }

    private static String words(long listingId, LocalDate expiresOn) {
        return "listing-extend:" + listingId + ":" + expiresOn;
    }
}
