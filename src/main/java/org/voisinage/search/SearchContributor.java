package org.voisinage.search;

/**
 * A module's part of the search across everything: the rows of its own tables that match the query and that the
 * person may see by the module's own access policy, written in SQL (never read then filtered). The search module
 * runs every module's part in one statement.
 * <p>
 * {@link #matches} returns a select of exactly these columns: {@code id} (bigint), {@code title} (text), {@code body}
 * (text the snippet is cut from), {@code path} (the page's path, text), {@code at} (timestamptz or null: the date
 * shown, an event's start), {@code rank} (real, higher first). The match itself is
 * {@code <vector> @@ }{@link SearchScope#QUERY}; the access rules use the fragments of {@link SearchScope}.
 */
public interface SearchContributor {

    SearchKind kind();

    /** The select of this kind's visible matches, and its own named parameters (prefixed with the kind's name). */
    SearchSource matches(SearchScope scope);

    /** The module's own search page for this query, when it has one: where "more" leads. */
    default String morePath(String query) {
        return null;
    }
}
