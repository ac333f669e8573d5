package org.voisinage.moderation;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of content residents can report. Stable codes (in URLs and the database); labels from the bundles. */
public enum ContentType {
    LISTING, MESSAGE, COMMENT, INITIATIVE, INITIATIVE_UPDATE, EVENT, CHALLENGE, THANKS, PROFILE, NEED, ANNOUNCEMENT,
    ALERT, ORGANISATION, RECOMMENDATION;

    /** The code in URLs: {@code /signaler/listing/42}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public String labelKey() {
        return "moderation.content." + name();
    }

    public static Optional<ContentType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }
}
