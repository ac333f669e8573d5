package org.voisinage.web;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.agenda.EventForm;
import org.voisinage.agenda.Events;
import org.voisinage.agenda.RepeatForm;
import org.voisinage.agenda.Repetition;
import org.voisinage.agenda.Visibility;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;
import org.voisinage.web.MatrixFixtures.Role;

/**
 * The main pages, full of the route matrix's content, opened in a real browser by a resident and by staff: the
 * journeys cover only the pages on their way, this tour has axe-core (run by {@link BrowserTestSupport} on every page
 * opened, at 1280 px and 360 px) check the others too.
 */
class AccessibilityTourBrowserTests extends BrowserTestSupport {

    /** What a member of the neighbourhood opens (route patterns and their objects, as in the route matrix). */
    private static final List<List<String>> RESIDENT_PAGES = List.of(
            List.of("/"), List.of("/quartiers/{slug}", "neighbourhoodSlug"), List.of("/agenda"),
            List.of("/agenda/a-venir"), List.of("/agenda/evenements/{id}", "event"), List.of("/agenda/evenements/nouveau"),
            List.of("/echanges"), List.of("/echanges/{id}", "listing"), List.of("/initiatives"),
            List.of("/initiatives/{id}", "initiative"), List.of("/defis"), List.of("/defis/{id}", "challenge"),
            List.of("/besoins"), List.of("/besoins/{id}", "suggestion"), List.of("/alertes"),
            List.of("/annonces"), List.of("/organisations/{slug}", "organisationSlug"), List.of("/notifications"),
            List.of("/account"));

    /** What staff open. */
    private static final List<List<String>> STAFF_PAGES = List.of(
            List.of("/admin"), List.of("/admin/audit"), List.of("/admin/waitlist"), List.of("/admin/verifications"),
            List.of("/admin/verifications/audit"), List.of("/admin/people"), List.of("/admin/outbox"),
            List.of("/moderation"), List.of("/admin/challenges"), List.of("/admin/territories"),
            List.of("/admin/besoins"), List.of("/admin/credits"), List.of("/admin/digests"), List.of("/admin/members"),
            List.of("/admin/addresses"), List.of("/admin/annonces"), List.of("/admin/organisations"));

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired Events events;

    @Test
    void theMainPagesPassAxeCoreForAResidentAndForStaff() throws IOException {
        MatrixFixtures f = new MatrixFixtures(data, jdbc).create(MatrixFixtures.Services.of(context));

        signIn(data.emailOf(f.ids.get(Role.RESIDENT_A)));
        visit(RESIDENT_PAGES, f);
        // issue 15's new parts: a series' date, the form's repetition, the account's reminders
        LocalDate firstSaturday = YearMonth.now().plusMonths(1).atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
        long series = events.create(new EventForm("Repair café", "Apportez vos objets", firstSaturday, LocalTime.of(10, 0),
                firstSaturday, LocalTime.of(12, 0), "Local associatif", null, null, Visibility.PUBLIC, null, null, null),
                new RepeatForm(Repetition.MONTHLY, 6, null), f.ids.get(Role.RESIDENT_A));
        open("/agenda/evenements/" + series);
        screenshots("agenda-series-event");
        open("/agenda/evenements/nouveau");
        screenshots("agenda-series-form");
        open("/account");
        screenshots("account-agenda-reminders");
        signOut();

        signIn(data.emailOf(f.ids.get(Role.STAFF)));
        visit(STAFF_PAGES, f);
    }

    /** The page at 1280 px, then at 360 px. */
    private void screenshots(String name) {
        screenshot(name + "-1280");
        browser.manage().window().setSize(new Dimension(360, 800));
        screenshot(name + "-360");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private void visit(List<List<String>> pages, MatrixFixtures f) {
        for (List<String> page : pages) {
            open(RouteAccessMatrixTests.url(page.get(0), page.subList(1, page.size()), f));
        }
    }
}
