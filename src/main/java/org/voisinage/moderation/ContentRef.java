package org.voisinage.moderation;

import java.util.Objects;

/** One piece of content of another module: its type and its id there. */
public record ContentRef(ContentType type, long id) {

    public ContentRef {
        Objects.requireNonNull(type, "type");
    }
}
