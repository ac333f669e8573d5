package org.voisinage.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.common.Refusal;
import org.voisinage.support.TestData;

/**
 * Series against the real database and pages: one event per date with its own answers, one date cancelled or changed
 * alone, the rest cancelled from a date on; the feed's recurring event parsed back with ical4j; the form's repetition
 * part and its bad input; the month page shows the dates.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AgendaSeriesTests {

    @Autowired TestData data;
    @Autowired Events events;
    @Autowired Rsvps rsvps;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    long here;
    long organiser;
    /** The first Saturday of next month but one: a repair café's first date. */
    LocalDate firstSaturday;

    @BeforeEach
    void place() {
        here = AgendaFixtures.twoNeighbourhoods(data)[0];
        organiser = AgendaFixtures.member(data, here);
        firstSaturday = YearMonth.now().plusMonths(2).atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
    }

    private EventForm repairCafe(LocalDate day) {
        return new EventForm(TestData.unique("Repair café"), "Apportez vos objets", day, LocalTime.of(10, 0), day,
                LocalTime.of(12, 30), "Local associatif", null, null, Visibility.PUBLIC, null, null, null);
    }

    private List<Long> datesOf(long firstEvent) {
        return jdbc.queryForList("""
                select id from agenda_event where series_id = (select series_id from agenda_event where id = ?)
                order by occurrence_date""", Long.class, firstEvent);
    }

    @Test
    void aMonthlySeriesIsOneEventPerFirstSaturdayEachWithItsOwnAnswers() {
        long first = events.create(repairCafe(firstSaturday), new RepeatForm(Repetition.MONTHLY, 4, null), organiser);
        List<Long> dates = datesOf(first);
        assertThat(dates).hasSize(4).startsWith(first);
        List<LocalDate> days = jdbc.queryForList("select occurrence_date from agenda_event where id in (?, ?, ?, ?) order by 1",
                LocalDate.class, dates.toArray());
        assertThat(days).allMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY && d.getDayOfMonth() <= 7);
        assertThat(jdbc.queryForObject("select count(distinct (starts_at at time zone 'Europe/Paris')::time) from agenda_event where id in (?, ?, ?, ?)",
                Integer.class, dates.toArray())).as("10:00 Paris time on every date, summer or winter").isEqualTo(1);

        long ann = AgendaFixtures.member(data, here);
        rsvps.respond(dates.get(1), ann, true);
        assertThat(jdbc.queryForObject("select going_count from agenda_event where id = ?", Integer.class, dates.get(1))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select going_count from agenda_event where id = ?", Integer.class, dates.get(2))).isZero();
    }

    @Test
    void oneDateIsCancelledAloneThenTheRestFromADateOnAndTheirAttendeesAreTold() {
        long first = events.create(repairCafe(firstSaturday), new RepeatForm(Repetition.WEEKLY, 5, null), organiser);
        List<Long> dates = datesOf(first);
        long ann = AgendaFixtures.member(data, here);
        rsvps.respond(dates.get(3), ann, true);

        events.cancel(dates.get(1), organiser);
        assertThat(cancelled(dates)).containsExactly(false, true, false, false, false);

        assertThat(events.cancelFromDate(dates.get(2), organiser)).isEqualTo(3);
        assertThat(cancelled(dates)).containsExactly(false, true, true, true, true);
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ? and subject like 'Annulé%'",
                Integer.class, data.emailOf(ann))).isEqualTo(1);

        long stranger = AgendaFixtures.member(data, here);
        assertThatThrownBy(() -> events.cancelFromDate(dates.get(0), stranger)).isInstanceOf(Refusal.class);
        long oneOff = events.create(AgendaFixtures.form(null), organiser);
        assertThatThrownBy(() -> events.cancelFromDate(oneOff, organiser)).isInstanceOf(Refusal.class)
                .hasFieldOrPropertyWithValue("code", "agenda.series.none");
    }

    private List<Boolean> cancelled(List<Long> dates) {
        return dates.stream().map(id -> jdbc.queryForObject("select cancelled_at is not null from agenda_event where id = ?",
                Boolean.class, id)).toList();
    }

    @Test
    void theFeedHasOneRecurringEventWithItsCancelledDateLeftOutAndItsChangedDateOverridden() throws Exception {
        EventForm form = repairCafe(firstSaturday);
        long first = events.create(form, new RepeatForm(Repetition.MONTHLY, 3, null), organiser);
        List<Long> dates = datesOf(first);
        events.cancel(dates.get(1), organiser);
        LocalDate third = jdbc.queryForObject("select occurrence_date from agenda_event where id = ?", LocalDate.class, dates.get(2));
        events.change(dates.get(2), new EventForm(form.title(), form.description(), third, LocalTime.of(14, 0), third,
                LocalTime.of(16, 0), "Salle des fêtes", null, null, Visibility.PUBLIC, null, null, null), organiser);

        String ics = mvc.perform(get("/agenda/quartiers/" + data.slugOf(here) + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> vevents = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(vevents).hasSize(2);
        VEvent recurring = vevents.get(0);
        VEvent changed = vevents.get(1);
        assertThat(value(recurring, Property.UID)).startsWith("series-").isEqualTo(value(changed, Property.UID));
        assertThat(value(recurring, Property.RRULE).split(";")).containsExactlyInAnyOrder("FREQ=MONTHLY", "BYDAY=1SA", "COUNT=3");
        assertThat(value(recurring, Property.DTSTART)).isEqualTo(local(firstSaturday, "100000"));
        assertThat(recurring.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Paris");
        LocalDate second = jdbc.queryForObject("select occurrence_date from agenda_event where id = ?", LocalDate.class, dates.get(1));
        assertThat(value(recurring, Property.EXDATE)).isEqualTo(local(second, "100000"));
        assertThat(value(changed, Property.RECURRENCE_ID)).isEqualTo(local(third, "100000"));
        assertThat(value(changed, Property.DTSTART)).isEqualTo(local(third, "140000"));
        assertThat(value(changed, Property.LOCATION)).isEqualTo("Salle des fêtes");
        assertThat(ics).contains("BEGIN:VTIMEZONE");
    }

    private static String local(LocalDate day, String time) {
        return day.toString().replace("-", "") + "T" + time;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void theFormCreatesASeriesRefusesOneWithoutAnEndAndThePagesShowTheDates() throws Exception {
        var person = data.user(organiser);
        String title = TestData.unique("Tricot");
        mvc.perform(post("/agenda/evenements").with(user(person)).with(csrf())
                        .param("title", title).param("description", "").param("startDate", firstSaturday.toString())
                        .param("startTime", "14:00").param("endDate", firstSaturday.toString()).param("endTime", "16:00")
                        .param("place", "Bibliothèque").param("visibility", "PUBLIC").param("repetition", "WEEKLY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Indiquez soit le nombre de dates, soit la dernière date.")))
                .andExpect(content().string(Matchers.containsString("value=\"" + title + "\"")));

        String location = mvc.perform(post("/agenda/evenements").with(user(person)).with(csrf())
                        .param("title", title).param("description", "").param("startDate", firstSaturday.toString())
                        .param("startTime", "14:00").param("endDate", firstSaturday.toString()).param("endTime", "16:00")
                        .param("place", "Bibliothèque").param("visibility", "PUBLIC").param("repetition", "WEEKLY")
                        .param("repeatCount", "3"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long first = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(datesOf(first)).hasSize(3);

        mvc.perform(get("/agenda/evenements/" + first).with(user(person)))
                .andExpect(content().string(Matchers.containsString("Chaque samedi (3 dates")))
                .andExpect(content().string(Matchers.containsString("id=\"cancel-series\"")));
        mvc.perform(get("/agenda").param("quartier", data.slugOf(here)).param("mois", YearMonth.from(firstSaturday).toString()))
                .andExpect(content().string(Matchers.containsString("/agenda/evenements/" + datesOf(first).get(1))))
                .andExpect(content().string(Matchers.containsString("/agenda/evenements/" + datesOf(first).get(2))));
        mvc.perform(get("/agenda/evenements/nouveau").with(user(person)))
                .andExpect(content().string(Matchers.containsString("name=\"repetition\"")));
    }
}
