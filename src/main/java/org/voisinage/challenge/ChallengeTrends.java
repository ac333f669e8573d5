package org.voisinage.challenge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.voisinage.common.SiteClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.challenge.TerritoryTrends.NeighbourhoodTotal;
import org.voisinage.challenge.TerritoryTrends.StateTotal;
import org.voisinage.challenge.TrendRecords.OpenedCount;
import org.voisinage.challenge.TrendRecords.PledgeCount;
import org.voisinage.challenge.TrendRecords.StateCount;
import org.voisinage.challenge.internal.HorizontalBarChart;
import org.voisinage.challenge.internal.StackedBarChart;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritorySummary;

/** What a territory's residents are ready to do: its public trends, counted in a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class ChallengeTrends {

    static final int MONTHS = 12;
    static final String NEIGHBOURHOOD_COLOUR = "#1f6f54";
    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM/yy");

    private final TrendRecords records;
    private final Neighbourhoods neighbourhoods;
    private final org.voisinage.account.Residents residents;
    private final Clock clock;
    private final ZoneId zone;

    ChallengeTrends(TrendRecords records, Neighbourhoods neighbourhoods, org.voisinage.account.Residents residents,
            Clock clock, SiteClock siteClock) {
        this.records = records;
        this.neighbourhoods = neighbourhoods;
        this.residents = residents;
        this.clock = clock;
        this.zone = siteClock.zone();
    }

    /** The territories that have a trends page: every one but the members-only ones this viewer is kept out of. */
    public List<TerritorySummary> territories(Long viewerId) {
        java.util.Set<Long> shutOut = residents.viewer(viewerId).shutOutOf(neighbourhoods.membersOnlyTerritories());
        return neighbourhoods.territories().stream().filter(t -> !shutOut.contains(t.id())).toList();
    }

    /** @throws org.voisinage.common.NotFoundException for an unknown slug */
    public TerritoryTrends of(String territorySlug) {
        return of(territorySlug, null);
    }

    /**
     * A territory's trends as this viewer (null: anonymous) may read them.
     *
     * @throws org.voisinage.common.NotFoundException for an unknown slug, or a members-only territory the viewer is
     *         kept out of
     */
    public TerritoryTrends of(String territorySlug, Long viewerId) {
        TerritorySummary territory = neighbourhoods.territoryBySlug(territorySlug);
        if (residents.viewer(viewerId).keptOutOf(neighbourhoods.membersOnlyTerritory(null, territory.id()))) {
            throw new org.voisinage.common.NotFoundException("territory", territorySlug);
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(MONTHS - 1);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<PledgeCount> pledges = records.pledges(territory.id(), first.atDay(1).atStartOfDay(zone).toInstant(), zone);
        List<OpenedCount> opened = records.opened(territory.id(), first.atDay(1), today);
        List<StateCount> states = records.states(territory.id());

        Map<Theme, int[]> pledgesByTheme = new EnumMap<>(Theme.class);
        Map<Long, Integer> pledgesByNeighbourhood = new HashMap<>();
        for (PledgeCount p : pledges) {
            add(pledgesByTheme, p.theme(), months.indexOf(YearMonth.parse(p.month(), KEY)), p.pledges());
            pledgesByNeighbourhood.merge(p.neighbourhoodId(), p.pledges(), Integer::sum);
        }
        Map<Theme, int[]> openedByTheme = new EnumMap<>(Theme.class);
        for (OpenedCount o : opened) {
            add(openedByTheme, o.theme(), months.indexOf(YearMonth.parse(o.month(), KEY)), o.challenges());
        }
        List<String> labels = months.stream().map(LABEL::format).toList();

        Map<Long, Integer> challengesByNeighbourhood = new HashMap<>();
        Map<ChallengeState, Integer> byState = new EnumMap<>(ChallengeState.class);
        for (StateCount s : states) {
            challengesByNeighbourhood.merge(s.neighbourhoodId(), s.challenges(), Integer::sum);
            byState.merge(s.state(), s.challenges(), Integer::sum);
        }
        List<NeighbourhoodTotal> totals = new ArrayList<>();
        totals.add(new NeighbourhoodTotal(null, pledgesByNeighbourhood.getOrDefault(null, 0),
                challengesByNeighbourhood.getOrDefault(null, 0)));
        for (NeighbourhoodSummary n : neighbourhoods.allOfTerritory(territory.id())) {
            totals.add(new NeighbourhoodTotal(n.name(), pledgesByNeighbourhood.getOrDefault(n.id(), 0),
                    challengesByNeighbourhood.getOrDefault(n.id(), 0)));
        }
        HorizontalBarChart byNeighbourhood = HorizontalBarChart.of(totals.stream()
                .map(t -> new HorizontalBarChart.Row(t.name(), t.wholeTerritory() ? "challenge.trends.wholeTerritory" : null,
                        t.pledges()))
                .toList(), NEIGHBOURHOOD_COLOUR);
        List<StateTotal> stateTotals = Arrays.stream(ChallengeState.values()).filter(ChallengeState::isPublic)
                .map(s -> new StateTotal(s, byState.getOrDefault(s, 0))).toList();

        return new TerritoryTrends(territory, LABEL.format(first), LABEL.format(last),
                StackedBarChart.of(labels, series(pledgesByTheme)), StackedBarChart.of(labels, series(openedByTheme)),
                byNeighbourhood, totals, stateTotals);
    }

    private static void add(Map<Theme, int[]> counts, Theme theme, int month, int value) {
        if (month >= 0) { // a row of a month outside the window (clock skew between Java and PostgreSQL) is left out
            counts.computeIfAbsent(theme, t -> new int[MONTHS])[month] += value;
        }
    }

    private static List<StackedBarChart.Series> series(Map<Theme, int[]> counts) {
        return Arrays.stream(Theme.values())
                .map(t -> new StackedBarChart.Series(t.labelKey(), t.colour(),
                        Arrays.stream(counts.getOrDefault(t, new int[MONTHS])).boxed().toList()))
                .toList();
    }
}
