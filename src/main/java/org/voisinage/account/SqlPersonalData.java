package org.voisinage.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A module's part of an export read by queries on its own tables, each taking the resident's id as its one
 * parameter: a module declares its queries by extending this (it stays the only one to know its tables).
 */
public abstract class SqlPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;
    private final String section;
    private final Map<String, String> queries;
    private final String photosQuery;

    /**
     * @param queries by JSON key, in order: rows written as lists of objects
     * @param photosQuery the stored names of the person's photos, or null
     */
    protected SqlPersonalData(JdbcTemplate jdbc, String section, Map<String, String> queries, String photosQuery) {
        this.jdbc = jdbc;
        this.section = section;
        this.queries = new LinkedHashMap<>(queries);
        this.photosQuery = photosQuery;
    }

    /** Queries by key, in the order given (Map.of has none). */
    @SafeVarargs
    protected static Map<String, String> ordered(Map.Entry<String, String>... queries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> query : queries) {
            map.put(query.getKey(), query.getValue());
        }
        return map;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Object data(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        queries.forEach((key, sql) -> data.put(key, jdbc.queryForList(sql, residentId)));
        return data;
    }

    @Override
    public List<String> photos(long residentId) {
        return photosQuery == null ? List.of() : jdbc.queryForList(photosQuery, String.class, residentId);
    }
}
