package org.voisinage.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.voisinage.account.CurrentUser;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.account.Signups;
import org.voisinage.account.WaitlistDemand;
import org.voisinage.alert.Alerts;
import org.voisinage.common.BarChart;
import org.voisinage.moderation.Moderation;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.suggestion.SuggestionViews;
import org.voisinage.suggestion.Suggestions;

/** The staff home: what waits for them, with links to each queue, and charts of what residents do. */
@Controller
class AdminDashboardController {

    /** Activity per neighbourhood counts this far back. */
    static final Duration ACTIVITY_WINDOW = Duration.ofDays(30);

    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final Moderation moderation;
    private final Suggestions suggestions;
    private final Alerts alerts;
    private final Signups signups;
    private final Clock clock;

    AdminDashboardController(Residents residents, Neighbourhoods neighbourhoods, Moderation moderation,
            Suggestions suggestions, Alerts alerts, Signups signups, Clock clock) {
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.moderation = moderation;
        this.suggestions = suggestions;
        this.alerts = alerts;
        this.signups = signups;
        this.clock = clock;
    }

    /** One neighbourhood's activity over the window. */
    public record Activity(String name, long needs, long alerts) {
        public long total() {
            return needs + alerts;
        }
    }

    @GetMapping("/admin")
    String dashboard(@AuthenticationPrincipal CurrentUser user, Model model) {
        // staff limited to some territories count their territories only, and the waiting list is not theirs
        Viewer staff = residents.viewer(user);
        List<NeighbourhoodSummary> all = neighbourhoods.all().stream().filter(n -> staff.staffOfNeighbourhood(n.id()))
                .toList();
        model.addAttribute("stats", residents.stats(staff));
        model.addAttribute("neighbourhoodCount", all.size());
        model.addAttribute("reportCount", staff.limitedStaff()
                ? moderation.queue(moderation.scopeOf(staff.id()), null, PageRequest.of(0, 1)).getTotalElements()
                : moderation.openCases());

        Instant since = clock.instant().minus(ACTIVITY_WINDOW);
        SuggestionViews.Tally tally = suggestions.tally(since, staff);
        List<SuggestionViews.StatusCount> byStatus = tally.byStatus();
        model.addAttribute("needsByStatus", byStatus);
        model.addAttribute("needsChart", BarChart.of(byStatus.stream()
                .map(s -> new BarChart.Row(null, s.status().labelKey(), s.needs())).toList()));
        model.addAttribute("topNeeds", suggestions.mostSupported(5, staff));

        List<WaitlistDemand> demand = staff.limitedStaff() ? List.of() : signups.waitlistDemand();
        model.addAttribute("waitlist", demand.stream().limit(10).toList());
        model.addAttribute("waitlistChart", BarChart.of(demand.stream().limit(10)
                .map(d -> new BarChart.Row(d.town() + " " + d.postcode(), null, d.people())).toList()));

        Map<Long, Long> needs = tally.raisedPerNeighbourhood();
        Map<Long, Long> alertCounts = alerts.raisedPerNeighbourhood(since);
        List<Activity> activity = all.stream()
                .map(n -> new Activity(n.name(), needs.getOrDefault(n.id(), 0L), alertCounts.getOrDefault(n.id(), 0L)))
                .filter(a -> a.total() > 0)
                .sorted((a, b) -> Long.compare(b.total(), a.total()))
                .limit(15).toList();
        model.addAttribute("activity", activity);
        model.addAttribute("activityChart", BarChart.of(activity.stream()
                .map(a -> new BarChart.Row(a.name(), null, a.total())).toList()));
        model.addAttribute("activityDays", ACTIVITY_WINDOW.toDays());
        return "web/admin-dashboard";
    }
}
