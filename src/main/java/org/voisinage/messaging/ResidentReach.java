package org.voisinage.messaging;

import org.voisinage.account.Viewer;

/**
 * Who may see a resident (their name, their profile), and so write to them from their profile. The profile module
 * owns that rule and implements this; messaging only asks it, and never shows a resident beyond reach.
 */
public interface ResidentReach {

    /** Whether {@code viewer} may see the resident {@code residentId}; false for an unknown resident. */
    boolean maySee(Viewer viewer, long residentId);
}
