package org.voisinage.trends;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Signups;
import org.voisinage.account.Viewer;
import org.voisinage.account.WaitlistMonth;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritorySummary;

/**
 * The trends of a territory or a neighbourhood as a viewer may read them: those of a public territory to anyone,
 * those of a members-only territory to its members and staff (404 to anyone else, as its other pages). The waiting
 * list (people of no neighbourhood yet, from the whole site) to global staff only, as on the admin dashboard.
 * Each module counts its own rows ({@link TrendContributor}): one grouped statement per table, whatever the volume.
 */
@Service
@Transactional(readOnly = true)
public class Trends {

    /** The periods offered, in months; the last month is the current one. */
    public static final List<Integer> PERIODS = List.of(3, 6, 12, 24);
    public static final int DEFAULT_PERIOD = 12;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[TQ]([1-4])");

    private final List<TrendContributor> contributors;
    private final Neighbourhoods neighbourhoods;
    private final Signups signups;
    private final SiteClock clock;

    Trends(List<TrendContributor> contributors, Neighbourhoods neighbourhoods, Signups signups, SiteClock clock) {
        this.contributors = contributors;
        this.neighbourhoods = neighbourhoods;
        this.signups = signups;
        this.clock = clock;
    }

    /**
     * The months of a period chosen on the page ("12"; null: the default), ending with the current month.
     *
     * @throws Refusal INVALID for anything but one of {@link #PERIODS}
     */
    public List<YearMonth> period(String months) {
        int count;
        try {
            count = months == null || months.isBlank() ? DEFAULT_PERIOD : Integer.parseInt(months.trim());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("mois", "trends.period.invalid");
        }
        if (!PERIODS.contains(count)) {
            throw Refusal.invalid("mois", "trends.period.invalid");
        }
        YearMonth last = YearMonth.from(clock.today());
        return months(last.minusMonths(count - 1), last);
    }

    /**
     * The three months of a quarter written "2026-T3" (or "2026-Q3"); null: the last quarter over.
     *
     * @throws Refusal INVALID for anything else
     */
    public List<YearMonth> quarter(String quarter) {
        YearMonth first;
        if (quarter == null || quarter.isBlank()) {
            YearMonth now = YearMonth.from(clock.today());
            first = YearMonth.of(now.getYear(), (now.getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3);
        } else {
            Matcher m = QUARTER.matcher(quarter.trim().toUpperCase(java.util.Locale.ROOT));
            if (!m.matches() || Integer.parseInt(m.group(1)) < 2000) {
                throw Refusal.invalid("trimestre", "trends.quarter.invalid");
            }
            first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
        }
        return months(first, first.plusMonths(2));
    }

    /** "2026-T3": how a quarter is named in links and file names. */
    public static String quarterName(YearMonth first) {
        return first.getYear() + "-T" + ((first.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * The trends of a territory (by its slug), or of one of its neighbourhoods (by its slug; null: the whole
     * territory), over a period chosen on the page (see {@link #period}), as this viewer may read them. Who may read
     * is asked first: an outsider gets 404 whatever the period.
     *
     * @throws NotFoundException for an unknown territory or neighbourhood, a neighbourhood of another territory, or
     *         a members-only territory the viewer is kept out of
     * @throws Refusal INVALID for a period not offered
     */
    public TrendReport of(Viewer viewer, String territorySlug, String neighbourhoodSlug, String period) {
        TerritorySummary territory = readable(viewer, neighbourhoods.territoryBySlug(territorySlug));
        Long neighbourhoodId = neighbourhoodSlug == null || neighbourhoodSlug.isBlank() ? null
                : neighbourhoods.getBySlug(neighbourhoodSlug).id();
        return of(viewer, territory.id(), neighbourhoodId, period(period));
    }

    /**
     * The read method for every way out (page, CSV, PDF, API): the trends of a territory, or of one of its
     * neighbourhoods (null: the whole territory), over these months, as this viewer may read them.
     *
     * @throws NotFoundException as {@link #of(Viewer, String, String, List)}
     */
    public TrendReport of(Viewer viewer, long territoryId, Long neighbourhoodId, List<YearMonth> months) {
        TerritorySummary territory = readable(viewer, neighbourhoods.territory(territoryId));
        NeighbourhoodSummary neighbourhood = null;
        List<Long> ids;
        if (neighbourhoodId == null) {
            ids = neighbourhoods.allOfTerritory(territory.id()).stream().map(NeighbourhoodSummary::id).toList();
        } else {
            neighbourhood = neighbourhoods.get(neighbourhoodId);
            if (neighbourhood.territoryId() != territory.id()) {
                throw new NotFoundException("neighbourhood", neighbourhoodId);
            }
            ids = List.of(neighbourhood.id());
        }
        TrendScope scope = new TrendScope(territory.id(), ids, neighbourhood == null, months.get(0),
                months.get(months.size() - 1), clock.zone());
        List<TrendTable> tables = new ArrayList<>();
        for (TrendContributor contributor : contributors) {
            for (TrendFigures figures : contributor.figures(scope)) {
                tables.add(TrendTable.of(figures, months));
            }
        }
        tables.sort(Comparator.comparingInt(t -> TrendKeys.order(t.key())));
        if (neighbourhood == null && viewer.staff() && !viewer.limitedStaff()) {
            tables.add(TrendTable.of(waitlist(scope), months));
        }
        return new TrendReport(territory, neighbourhood, months, List.copyOf(tables));
    }

    /**
     * The report of a quarter, for staff of the territory only (404 to anyone else), to send to the town: the
     * territory's own figures, never the whole site's waiting list.
     */
    public TrendReport quarterly(Viewer viewer, long territoryId, List<YearMonth> quarter) {
        neighbourhoods.territory(territoryId);
        if (!viewer.staffOf(territoryId)) {
            throw new NotFoundException("territory", territoryId);
        }
        TrendReport report = of(viewer, territoryId, null, quarter);
        return new TrendReport(report.territory(), null, report.months(),
                report.tables().stream().filter(t -> !t.staffOnly()).toList());
    }

    /** The neighbourhoods of a territory, for the page's picker. */
    public List<NeighbourhoodSummary> neighbourhoodsOf(TerritorySummary territory) {
        return neighbourhoods.allOfTerritory(territory.id());
    }

    private TerritorySummary readable(Viewer viewer, TerritorySummary territory) {
        if (viewer.keptOutOf(neighbourhoods.membersOnlyTerritory(null, territory.id()))) {
            throw new NotFoundException("territory", territory.slug());
        }
        return territory;
    }

    private TrendFigures waitlist(TrendScope scope) {
        List<WaitlistMonth> joined = signups.waitlistByMonth(scope.since(), scope.until(), scope.zone());
        Set<String> towns = new TreeSet<>();
        List<TrendFigures.Count> counts = new ArrayList<>();
        for (WaitlistMonth w : joined) {
            String town = w.town() + " (" + w.postcode() + ")";
            towns.add(town);
            counts.add(new TrendFigures.Count(town, w.month(), null, w.people()));
        }
        return new TrendFigures(TrendKeys.WAITLIST, false, true, false, true, List.copyOf(towns), counts, List.of());
    }

    private static List<YearMonth> months(YearMonth first, YearMonth last) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
