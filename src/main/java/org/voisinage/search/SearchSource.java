package org.voisinage.search;

import java.util.Map;

/** A module's select of its visible matches ({@link SearchContributor#matches}) and its own parameters. */
public record SearchSource(String sql, Map<String, Object> params) {

    public SearchSource {
        params = Map.copyOf(params);
    }

    public SearchSource(String sql) {
        this(sql, Map.of());
    }
}
