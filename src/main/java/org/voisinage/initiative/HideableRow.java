package org.voisinage.initiative;

import jakarta.persistence.MappedSuperclass;

/**
 * What moderators can do to an initiative, a comment or a news post: hide it with a reason its author is shown,
 * and bring it back. Each table has its own {@code hidden} and {@code hidden_reason} columns.
 */
@MappedSuperclass
public abstract class HideableRow {

    private boolean hidden;
    private String hiddenReason;

    void hide(String reason) {
        this.hidden = true;
        this.hiddenReason = reason;
    }

    void restore() {
        this.hidden = false;
        this.hiddenReason = null;
    }

    public boolean isHidden() { return hidden; }
    public String getHiddenReason() { return hiddenReason; }
}
