package org.voisinage.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.voisinage.common.Refusal;

/** The opaque cursor of a read API list: the id after which the next page starts, and the page size asked. */
final class ApiCursor {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private static final String VERSION = "v1.";

    private ApiCursor() {
    }

    static String of(long after) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + after).getBytes(StandardCharsets.UTF_8));
    }

    /** The id to start after: 0 without a cursor. @throws Refusal (400) for a cursor this API did not make */
    static long after(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(VERSION)) {
                long after = Long.parseLong(text.substring(VERSION.length()));
                if (after >= 0) {
                    return after;
                }
            }
        } catch (IllegalArgumentException e) {
            // not ours: refused below
        }
        throw Refusal.invalid("cursor", "api.cursor.invalid");
    }

    /** @throws Refusal (400) outside 1..{@value #MAX_LIMIT} */
    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Refusal.invalid("limit", "api.limit.invalid", MAX_LIMIT);
        }
        return limit;
    }
}
