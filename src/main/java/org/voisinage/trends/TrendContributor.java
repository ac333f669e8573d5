package org.voisinage.trends;

import java.util.List;

/**
 * A module's part of the trends: its own rows counted by PostgreSQL over the scope's neighbourhoods and months,
 * grouped (never read then counted). Counts come per neighbourhood, the smallest unit the hiding rule works on
 * ({@link TrendFigures}); the trends module adds them up and hides what must be.
 */
public interface TrendContributor {

    /** The tables this module contributes, in the order they are shown. */
    List<TrendFigures> figures(TrendScope scope);
}
