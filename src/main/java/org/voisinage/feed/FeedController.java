package org.voisinage.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The public Atom feeds. Readers poll them: each answer has an ETag and a Last-Modified, and a reader asking again
 * with either gets a 304 while nothing changed. Public content only, so shared caches may keep it, asking first
 * ({@code no-cache}): a hidden entry leaves at the next poll.
 */
@Controller
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final AtomFeeds feeds;

    FeedController(AtomFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/quartiers/{slug}/flux.atom")
    ResponseEntity<String> neighbourhood(@PathVariable String slug, WebRequest request, Locale locale) {
        return answer(feeds.neighbourhood(slug, locale), request);
    }

    @GetMapping("/territoires/{slug}/flux.atom")
    ResponseEntity<String> territory(@PathVariable String slug, WebRequest request, Locale locale) {
        return answer(feeds.territory(slug, locale), request);
    }

    private static ResponseEntity<String> answer(AtomFeeds.Written feed, WebRequest request) {
        String etag = "\"" + sha256(feed.xml()) + "\"";
        CacheControl cache = CacheControl.noCache().cachePublic();
        if (request.checkNotModified(etag, feed.updated().toEpochMilli())) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(ATOM).eTag(etag).lastModified(feed.updated()).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Vary", "Accept-Language").body(feed.xml());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
