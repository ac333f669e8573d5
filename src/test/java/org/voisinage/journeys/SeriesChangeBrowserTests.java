package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.agenda.EventForm;
import org.voisinage.agenda.Events;
import org.voisinage.agenda.RepeatForm;
import org.voisinage.agenda.Repetition;
import org.voisinage.agenda.Visibility;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser: an organiser changes a weekly series from its second date on, first with the end before the
 * start (the form comes back with what was typed), then rightly. Pictures of the form at 1280 and 360 px.
 */
class SeriesChangeBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired Events events;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anOrganiserChangesTheSeriesFromADateOn() {
        long neighbourhood = data.neighbourhoodSomewhereIn(-100, -80, -45, -25);
        long organiser = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        LocalDate first = YearMonth.now().plusMonths(2).atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
        long firstId = events.create(new EventForm(TestData.unique("Tricot"), "Laine fournie.", first,
                LocalTime.of(14, 0), first, LocalTime.of(16, 0), "Bibliothèque", null, null, Visibility.PUBLIC, null,
                null, null), new RepeatForm(Repetition.WEEKLY, 4, null), organiser);
        long second = jdbc.queryForObject("""
                select id from agenda_event where series_id = (select series_id from agenda_event where id = ?)
                order by occurrence_date offset 1 limit 1""", Long.class, firstId);

        signIn(data.emailOf(organiser));
        open("/agenda/evenements/" + second);
        open(find("#edit-series").getDomAttribute("href"));
        assertThat(path()).isEqualTo("/agenda/evenements/" + second + "/serie/modifier");
        type("#title", "Tricot du soir");
        time("#startTime", "20:00");
        time("#endTime", "18:00");
        submit("form.form button[type=submit]");
        assertThat(pageText()).contains("La fin doit venir après le début.");
        assertThat(find("#title").getDomProperty("value")).isEqualTo("Tricot du soir");
        screenshot("series-form-1280");
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.navigate().refresh();
        screenshot("series-form-360");
        browser.manage().window().setSize(new Dimension(1280, 900));

        open("/agenda/evenements/" + second + "/serie/modifier");
        type("#title", "Tricot du soir");
        time("#startTime", "18:00");
        time("#endTime", "20:00");
        submit("form.form button[type=submit]");
        assertThat(path()).isEqualTo("/agenda/evenements/" + second);
        assertThat(pageText()).contains("Tricot du soir", "Cette date et les suivantes sont modifiées");
    }

    /** A time field takes the time whatever the browser's format: its value is set as the form sends it. */
    private void time(String css, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(css), value);
    }
}
