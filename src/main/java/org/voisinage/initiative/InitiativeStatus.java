package org.voisinage.initiative;

import java.util.Set;

/**
 * Where an initiative stands: an idea, gathering people, active, then completed; or abandoned (with a reason) at any
 * point before completion. Stored by code; labels from the bundles.
 */
public enum InitiativeStatus {
    IDEA, GATHERING, ACTIVE, COMPLETED, ABANDONED;

    /** Whether an initiative may go from this status to {@code next}: forward only, and never out of an end. */
    public boolean canMoveTo(InitiativeStatus next) {
        return switch (this) {
            case IDEA -> Set.of(GATHERING, ACTIVE, ABANDONED).contains(next);
            case GATHERING -> Set.of(ACTIVE, ABANDONED).contains(next);
            case ACTIVE -> Set.of(COMPLETED, ABANDONED).contains(next);
            case COMPLETED, ABANDONED -> false;
        };
    }

    public boolean isOver() {
        return this == COMPLETED || this == ABANDONED;
    }

    public String labelKey() {
        return "initiative.status." + name();
    }
}
