package org.voisinage.initiative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.Residents;
import org.voisinage.common.Refusal;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.initiative.InitiativeViews.Card;
import org.voisinage.initiative.InitiativeViews.Feed;
import org.voisinage.neighbourhood.NearbyNeighbourhood;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Lists of initiatives, in SQL: the home feed "by projects and proximity", the public list with its filters, and
 * full-text search. Each runs a fixed number of statements whatever the number of initiatives shown.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeFeed {

    /** The radii a resident may choose for their feed, in km; the first time, {@link #DEFAULT_RADIUS_KM}. */
    public static final Set<Integer> RADII = Set.of(1, 3, 10);
    public static final int DEFAULT_RADIUS_KM = 3;
    /**
     * How long without activity weighs as much as one radius of distance in the feed's order: with 3 km, an
     * initiative 3 km away is shown like one next door that has been quiet for two weeks.
     */
    static final double DAYS_PER_RADIUS = 14;
    static final int FEED_SIZE = 10;

    /** The columns of a card; counts in sub-queries, so one statement reads a whole list. */
    private static final String CARD = """
            i.id, i.title, i.summary, i.theme, i.status, i.carrier_name, i.neighbourhood_id, i.last_activity_at,
            (select count(*) from initiative_member m where m.initiative_id = i.id) as members,
            (select count(*) from initiative_need n where n.initiative_id = i.id and n.quantity > coalesce(
                (select sum(o.quantity) from initiative_offer o where o.need_id = n.id and o.status = 'ACCEPTED'), 0))
                as open_needs""";

    private final JdbcClient jdbc;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final AddressDirectory directory;
    private final Clock clock;

    InitiativeFeed(JdbcClient jdbc, Residents residents, Neighbourhoods neighbourhoods, AddressDirectory directory,
            Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.directory = directory;
        this.clock = clock;
    }

    /** The radius this resident chose for their feed. */
    public int radiusOf(long residentId) {
        return jdbc.sql("select radius_km from initiative_feed_preference where resident_id = ?").param(residentId)
                .query(Integer.class).optional().orElse(DEFAULT_RADIUS_KM);
    }

    /** Remembers the radius of the resident's feed; anything but 1, 3 or 10 km is refused. */
    @Transactional
    public void rememberRadius(long residentId, int km) {
        if (!RADII.contains(km)) {
            throw Refusal.invalid("radius", "initiative.feed.radius.invalid");
        }
        jdbc.sql("""
                insert into initiative_feed_preference (resident_id, radius_km) values (?, ?)
                on conflict (resident_id) do update set radius_km = excluded.radius_km""")
                .params(residentId, km).update();
    }

    /**
     * A resident's feed: the initiatives of their neighbourhood and of those within their radius (centre to centre),
     * ordered in SQL by a mix of distance from their address (or their neighbourhood's centre) and recent activity.
     * Abandoned ones only when asked for by status. Empty for residents without a neighbourhood.
     */
    public Feed feed(long residentId, InitiativeTheme theme, InitiativeStatus status) {
        int radius = radiusOf(residentId);
        ResidentDetails me = residents.details(residentId).orElse(null);
        if (me == null || me.neighbourhoodId() == null) {
            return new Feed(radius, theme, status, List.of());
        }
        List<NearbyNeighbourhood> nearby = neighbourhoods.within(me.neighbourhoodId(), radius);
        Map<Long, String> names = nearby.stream().collect(Collectors.toMap(NearbyNeighbourhood::id,
                n -> n.neighbourhood().name(), (a, b) -> a));
        double[] point = (me.addressId() == null ? java.util.Optional.<double[]>empty()
                : directory.find(me.addressId()).map(a -> new double[] {a.longitude(), a.latitude()}))
                .or(() -> neighbourhoods.centre(me.neighbourhoodId()))
                .orElse(new double[] {0, 0});
        List<Object> params = new ArrayList<>(List.of(point[1], point[1], point[0]));
        StringBuilder where = new StringBuilder("where i.hidden_at is null and i.neighbourhood_id = any(?)"
                + " and not (i.neighbourhood_id = any(?))");
        params.add(names.keySet().toArray(Long[]::new));
        params.add(shutOutNeighbourhoods(residentId));
        filters(where, params, theme, status);
        params.add((double) radius);
        params.add(Timestamp.from(clock.instant()));
        params.add(DAYS_PER_RADIUS);
        params.add(FEED_SIZE);
        // the distance is computed once per row in the inner query, then weighed with the age of the last activity;
        // the card's counts are computed for the rows kept only (the plan evaluates them above the limit). The
        // distance is the haversine formula on earthdistance's sphere (earth(), 6,378.168 km): the same figure as
        // earth_distance(ll_to_earth(..), ll_to_earth(..)) to 1e-12 km, but plain arithmetic, where those functions
        // cost 20 us a row (10 of the 12 ms of this statement on the 50,000-resident dataset's 760 nearby rows)
        List<Card> items = jdbc.sql("select * from (select " + CARD + """
                , 2 * 6378.168 * asin(sqrt(power(sin(radians(i.latitude - ?) / 2), 2)
                    + cos(radians(?)) * cos(radians(i.latitude)) * power(sin(radians(i.longitude - ?) / 2), 2))) as km
                from initiative i
                """ + where + """
                ) f order by f.km / ? + extract(epoch from (cast(? as timestamptz) - f.last_activity_at)) / 86400.0 / ?,
                         f.id desc
                limit ?""")
                .params(params)
                .query((rs, i) -> card(rs, names, rs.getDouble("km")))
                .list();
        return new Feed(radius, theme, status, items);
    }

    /** Beyond this many matches the list says "1,000+" rather than counting them all. */
    public static final int COUNT_CAP = 1_000;

    /** The most recently active first; the same order as the SQL's {@code last_activity_at desc, id desc}. */
    private static final Comparator<Match> MOST_RECENTLY_ACTIVE = Comparator.comparing(Match::lastActivityAt)
            .thenComparingLong(Match::id).reversed();

    /** An initiative that matches a search, as the first statement reads it: just enough to count and order. */
    private record Match(long id, Instant lastActivityAt) {}

    /**
     * The public list: every neighbourhood's initiatives, filtered by theme and status (abandoned ones only when asked
     * for), most recently active first; with words, only those matching them in French or English, accents ignored.
     * Matches are ordered by recent activity, not by a relevance rank (ranking means reading every match: 20,000 for
     * a common word in 500,000 initiatives). The total is counted up to {@link #COUNT_CAP} + 1.
     *
     * <p>Two statements whatever the words. The first reads the id and activity date of up to {@code COUNT_CAP + 1}
     * matches, through the full-text GIN index for words (or a short sequential scan for a very common word, where
     * the first thousand matches come quickly); its length is the total. When it is not cut short, it holds every
     * match: the page is picked from it here and the second statement reads only those cards, by primary key. This is
     * what keeps a rare word fast: walking the activity index until a page of matches turns up would read the whole
     * table for a word found in twenty initiatives (1.2 s on 500,000). When there are more matches than that, the
     * word is common (one initiative in 500 at least) and the second statement walks the activity index, which meets
     * a page of matches after a few thousand rows at worst.
     */
    public Page<Card> list(String words, InitiativeTheme theme, InitiativeStatus status, Pageable pageable) {
        return list(words, theme, status, pageable, null);
    }

    /** {@link #list} as this viewer (null: anonymous) reads it: nothing of members-only territories not theirs. */
    public Page<Card> list(String words, InitiativeTheme theme, InitiativeStatus status, Pageable pageable,
            Long viewerId) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where i.hidden_at is null and not (i.neighbourhood_id = any(?))");
        params.add(shutOutNeighbourhoods(viewerId));
        String query = words == null ? "" : words.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        if (!query.isEmpty()) {
            where.append(" and i.search @@ (websearch_to_tsquery('voisinage_fr', ?) || websearch_to_tsquery('voisinage_en', ?))");
            params.add(query);
            params.add(query);
        }
        filters(where, params, theme, status);
        List<Object> matchParams = new ArrayList<>(params);
        matchParams.add(COUNT_CAP + 1);
        List<Match> matches = jdbc.sql("select i.id, i.last_activity_at from initiative i " + where + " limit ?")
                .params(matchParams)
                .query((rs, n) -> new Match(rs.getLong("id"), rs.getTimestamp("last_activity_at").toInstant()))
                .list();
        long total = matches.size();
        if (total == 0 || pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        Map<Long, String> names = neighbourhoods.all().stream()
                .collect(Collectors.toMap(NeighbourhoodSummary::id, NeighbourhoodSummary::name));
        List<Card> items;
        if (total <= COUNT_CAP) {
            Long[] page = matches.stream().sorted(MOST_RECENTLY_ACTIVE).skip(pageable.getOffset())
                    .limit(pageable.getPageSize()).map(Match::id).toArray(Long[]::new);
            items = jdbc.sql("select " + CARD + " from initiative i where i.id = any(?)"
                    + " order by i.last_activity_at desc, i.id desc")
                    .param(page)
                    .query((rs, i) -> card(rs, names, null))
                    .list();
        } else {
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(pageable.getPageSize());
            pageParams.add(pageable.getOffset());
            items = jdbc.sql("select " + CARD + " from initiative i " + where
                    + " order by i.last_activity_at desc, i.id desc limit ? offset ?")
                    .params(pageParams)
                    .query((rs, i) -> card(rs, names, null))
                    .list();
        }
        return new PageImpl<>(items, pageable, total);
    }

    /** The neighbourhoods of the members-only territories this viewer (null: anonymous) reads nothing of. */
    private Long[] shutOutNeighbourhoods(Long viewerId) {
        return residents.viewer(viewerId).shutOutOf(neighbourhoods.membersOnlyTerritories()).stream()
                .flatMap(t -> neighbourhoods.allOfTerritory(t).stream()).map(NeighbourhoodSummary::id)
                .toArray(Long[]::new);
    }

    private static void filters(StringBuilder where, List<Object> params, InitiativeTheme theme,
            InitiativeStatus status) {
        if (theme != null) {
            where.append(" and i.theme = ?");
            params.add(theme.name());
        }
        if (status != null) {
            where.append(" and i.status = ?");
            params.add(status.name());
        } else {
            where.append(" and i.status <> 'ABANDONED'");
        }
    }

    private static Card card(ResultSet rs, Map<Long, String> names, Double km) throws SQLException {
        long neighbourhoodId = rs.getLong("neighbourhood_id");
        return new Card(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
                InitiativeTheme.valueOf(rs.getString("theme")), InitiativeStatus.valueOf(rs.getString("status")),
                rs.getString("carrier_name"), neighbourhoodId, names.getOrDefault(neighbourhoodId, ""), km,
                rs.getInt("members"), rs.getInt("open_needs"), rs.getTimestamp("last_activity_at").toInstant());
    }

}
