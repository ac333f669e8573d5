package org.voisinage.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.common.SiteClock;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritorySummary;

/**
 * The search across everything: every module's visible matches ({@link SearchContributor}) in one statement, each
 * kind ranked and cut to its first few, with its count (up to {@link #COUNT_CAP}), and a snippet around the words found.
 */
@Service
@Transactional(readOnly = true)
public class SiteSearch {

    /** Longer queries are refused with a message: nobody types more, and websearch parsing stays cheap. */
    public static final int MAX_LENGTH = 100;

    /** Matches shown per kind on the overview, and when one kind is asked for. */
    static final int PER_KIND = 5;
    static final int ONE_KIND = 30;

    /**
     * A kind's count stops here ("100+"): a common word matches thousands of rows, and counting (or ranking) them all
     * would cost a read of each. Only the first {@link #CANDIDATES} visible matches the full-text index gives are read
     * and ranked, which bounds a search's work whatever the word; one more than the cap tells that there are more.
     * <p>
     * Measured on the 50,000-resident dataset (20 neighbourhoods, "velo" in 6,322 listings, a resident reaching 6
     * neighbourhoods): letting the index apply the listings' reach as well, with a btree_gin index on
     * (neighbourhood_id, search) and a redundant {@code author or neighbourhood = any(reach)} clause, halves the
     * listing rows read (273 heap pages instead of 487) but reads ten times more index pages (131 instead of 13):
     * median 10.5 ms against 7.6 ms for the plain full-text index, so it was not kept.
     */
    static final int COUNT_CAP = 100;
    static final int CANDIDATES = 200;

    // Snippet marks: control characters no text typed in a form holds, turned into <mark> by the page (escaped)
    private static final char START = '\u0002';
    private static final char STOP = '\u0003';
    private static final String HEADLINE = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    /**
     * The snippet marks any word of the query: a match may hold some words in its title only, and ts_headline's
     * fragments, looking for all of them in the body, would then mark nothing.
     */
    private static final String ANY_WORD = "cast(replace(cast(" + SearchScope.QUERY + " as text), '&', '|') as tsquery)";

    private final List<SearchContributor> contributors;
    private final Neighbourhoods neighbourhoods;
    private final JdbcClient jdbc;
    private final SiteClock clock;

    SiteSearch(List<SearchContributor> contributors, Neighbourhoods neighbourhoods, JdbcClient jdbc, SiteClock clock) {
        this.contributors = contributors.stream().sorted(Comparator.comparing(SearchContributor::kind)).toList();
        this.neighbourhoods = neighbourhoods;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The matches the viewer may see, of every kind or of {@code only} one; a blank or too long query is not run. */
    public SearchResults search(Viewer viewer, String typed, SearchKind only) {
        String query = typed == null ? "" : typed.strip();
        if (query.isEmpty()) {
            return new SearchResults(query, "search.problem.empty", only, List.of());
        }
        if (query.length() > MAX_LENGTH) {
            return new SearchResults(query, "search.problem.tooLong", only, List.of());
        }
        query = query.replace(START, ' ').replace(STOP, ' ');
        SearchScope scope = scope(viewer, query);
        List<SearchContributor> asked = contributors.stream().filter(c -> only == null || c.kind() == only).toList();
        int limit = only == null ? PER_KIND : ONE_KIND;
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("limit", limit);
        params.put("candidates", CANDIDATES);
        params.put("headline", HEADLINE);
        StringBuilder union = new StringBuilder();
        for (SearchContributor contributor : asked) {
            SearchSource source = contributor.matches(scope);
            params.putAll(source.params());
            if (!union.isEmpty()) {
                union.append("\nunion all\n");
            }
            union.append("(select ").append(contributor.kind().ordinal()).append(" as kind,")
                    .append(" m.id, m.title, m.body, m.path, m.at, m.rank, count(*) over () as total from (")
                    .append(source.sql()).append(" limit :candidates) m order by m.rank desc, m.id desc limit :limit)");
        }
        record Row(int kind, String title, String path, Timestamp at, long total, String snippet) {
        }
        // the snippets are cut from the few rows kept, after each kind's limit
        // French first; a match the English stems made (French keeps "velos" whole, English makes it "velo") is
        // marked by the English headline
        List<Row> rows = jdbc.sql("select r.kind, r.title, r.path, r.at, r.total, (select case when strpos(h.fr, chr(" + (int) START + ")) > 0"
                        + " then h.fr else ts_headline('voisinage_en', r.body, " + ANY_WORD + ", :headline) end"
                        + " from (select ts_headline('voisinage_fr', r.body, " + ANY_WORD + ", :headline) as fr) h)"
                        + " as snippet from (" + union
                        + ") r order by r.kind, r.rank desc, r.id desc")
                .params(params)
                .query((rs, i) -> new Row(rs.getInt("kind"), rs.getString("title"), rs.getString("path"),
                        rs.getTimestamp("at"), rs.getLong("total"), rs.getString("snippet")))
                .list();
        Map<SearchKind, List<Row>> byKind = rows.stream().collect(Collectors.groupingBy(
                r -> SearchKind.values()[r.kind()], LinkedHashMap::new, Collectors.toList()));
        List<SearchResults.Group> groups = new ArrayList<>();
        for (SearchContributor contributor : asked) {
            List<Row> found = byKind.getOrDefault(contributor.kind(), List.of());
            if (found.isEmpty()) {
                continue;
            }
            long counted = found.get(0).total();
            boolean capped = counted > COUNT_CAP;
            long total = Math.min(counted, COUNT_CAP);
            List<SearchResults.Hit> hits = found.stream().map(r -> new SearchResults.Hit(r.title(), r.path(),
                    r.at() == null ? null : r.at().toInstant(), parts(r.snippet()))).toList();
            String more = total > hits.size() ? morePath(contributor, query) : null;
            groups.add(new SearchResults.Group(contributor.kind(), total, capped, hits, more));
        }
        return new SearchResults(query, null, only, groups);
    }

    private SearchScope scope(Viewer viewer, String query) {
        // members-only territories are closed to anyone neither a verified member there nor its staff: anonymous
        // visitors and signed-in residents of other territories alike (both lists from the neighbourhood module's caches)
        Set<Long> closedTerritories = neighbourhoods.territories().stream().filter(TerritorySummary::membersOnly)
                .map(TerritorySummary::id).filter(t -> !viewer.isMemberOfTerritory(t)).collect(Collectors.toSet());
        Set<Long> closedNeighbourhoods = closedTerritories.isEmpty() ? Set.of() : neighbourhoods.all().stream()
                .filter(n -> closedTerritories.contains(n.territoryId())).map(NeighbourhoodSummary::id)
                .collect(Collectors.toSet());
        return new SearchScope(query, viewer, clock.now(), closedNeighbourhoods, closedTerritories);
    }

    private static String morePath(SearchContributor contributor, String query) {
        String own = contributor.morePath(query);
        return own != null ? own : "/recherche?q=" + encode(query) + "&type=" + contributor.kind().slug();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** ts_headline's text cut at its marks: plain pieces and found words. */
    static List<SearchResults.Part> parts(String snippet) {
        List<SearchResults.Part> parts = new ArrayList<>();
        if (snippet == null) {
            return parts;
        }
        StringBuilder current = new StringBuilder();
        boolean match = false;
        for (char c : snippet.toCharArray()) {
            if (c == START || c == STOP) {
                if (!current.isEmpty()) {
                    parts.add(new SearchResults.Part(current.toString(), match));
                    current.setLength(0);
                }
                match = c == START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(new SearchResults.Part(current.toString(), match));
        }
        return parts;
    }
}
