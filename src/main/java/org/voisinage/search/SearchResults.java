package org.voisinage.search;

import java.time.Instant;
import java.util.List;

/**
 * A search's results page: the query as typed, or why it was not run ({@link #problem}, a message key), and the
 * matches grouped by kind, each group with how many there are in all.
 *
 * @param only the one kind asked for ("more" of a kind), or null for every kind
 */
public record SearchResults(String query, String problem, SearchKind only, List<Group> groups) {

    public long total() {
        return groups.stream().mapToLong(Group::total).sum();
    }

    /** Some kind has more matches than counted: {@link #total} is a lower bound. */
    public boolean capped() {
        return groups.stream().anyMatch(Group::capped);
    }

    /**
     * A kind's first matches, how many there are, and where to see more (null when all are shown).
     *
     * @param capped there are more than {@code total} ("100+"): counting stops there
     */
    public record Group(SearchKind kind, long total, boolean capped, List<Hit> hits, String morePath) {
    }

    /** One match: its title, its page, its date when it has one, and a snippet with the words found marked. */
    public record Hit(String title, String path, Instant at, List<Part> snippet) {
    }

    /** A piece of a snippet: plain text, or a word the query found ({@code match}); the page escapes both. */
    public record Part(String text, boolean match) {
    }
}
