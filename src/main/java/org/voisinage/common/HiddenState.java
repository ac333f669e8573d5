package org.voisinage.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether moderators hide a piece of content, since when and why: the same two columns on every moderated table,
 * {@code hidden_at} (null while visible) and {@code hidden_reason} (shown to its author). Hidden content leaves every
 * page but its author's and its moderators'. Entities embed it and expose it through {@link Hideable}.
 */
@Embeddable
public class HiddenState {

    /** What a reason left blank reads as: the author is still told that the content is hidden. */
    static final String NO_REASON = "-";

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason")
    private String reason;

    /** Visible. */
    public HiddenState() {
    }

    /**
     * The state an entity holds: Hibernate loads the two null columns of content never hidden as a null embeddable,
     * which reads as visible.
     */
    public static HiddenState orVisible(HiddenState loaded) {
        return loaded == null ? new HiddenState() : loaded;
    }

    /** Hides from {@code now}, telling the author {@code reason} (stripped; a blank one reads as "-"). */
    public void hide(String reason, Instant now) {
        this.hiddenAt = Objects.requireNonNull(now, "now");
        this.reason = reason == null || reason.isBlank() ? NO_REASON : reason.strip();
    }

    /** Visible again; the reason is forgotten. */
    public void restore() {
        this.hiddenAt = null;
        this.reason = null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** Why moderators hid it; null while visible. */
    public String reason() {
        return reason;
    }

    /** Since when; null while visible. */
    public Instant hiddenAt() {
        return hiddenAt;
    }
}
