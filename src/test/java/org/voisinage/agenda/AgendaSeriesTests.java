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
import java.util.Map;
import java.util.stream.Collectors;
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
 * part and its bad input; the month page shows the dates. A series changed from one of its dates on: the later dates
 * take the change but those changed alone (and the cancelled ones), and the feed has two recurring events meeting at
 * that date; a lone date left is an event of its own; who may, and bad input.
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

    // A series changed from one of its dates on

    private static final SeriesForm EVENING = new SeriesForm("Repair café du soir", "Le soir, avec une soupe.",
            "Salle des fêtes", LocalTime.of(18, 0), LocalTime.of(20, 0));

    private List<Long> weekly(int count) {
        long first = events.create(repairCafe(firstSaturday), new RepeatForm(Repetition.WEEKLY, count, null), organiser);
        return datesOf(first);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("""
                select title, place, series_id, cancelled_at is not null as cancelled,
                       to_char(starts_at at time zone 'Europe/Paris', 'HH24:MI') as starts
                from agenda_event where id = ?""", id);
    }

    @Test
    void theLaterDatesTakeTheChangeButThoseChangedAloneAndTheFeedSplitsTheSeriesThere() throws Exception {
        List<Long> dates = weekly(5);
        String title = (String) row(dates.get(0)).get("title");
        LocalDate fourth = firstSaturday.plusWeeks(3);
        events.change(dates.get(3), new EventForm(title, "Apportez vos objets", fourth, LocalTime.of(10, 0), fourth,
                LocalTime.of(12, 30), "Ailleurs", null, null, Visibility.PUBLIC, null, null, null), organiser);
        events.cancel(dates.get(4), organiser);
        long ann = AgendaFixtures.member(data, here);
        rsvps.respond(dates.get(2), ann, true);

        assertThat(events.changeFromDate(dates.get(2), EVENING, organiser)).isEqualTo(1);

        assertThat(row(dates.get(1))).containsEntry("title", title).containsEntry("starts", "10:00");
        assertThat(row(dates.get(2))).containsEntry("title", "Repair café du soir").containsEntry("starts", "18:00")
                .containsEntry("place", "Salle des fêtes");
        assertThat(row(dates.get(3))).as("changed alone: kept").containsEntry("title", title)
                .containsEntry("place", "Ailleurs");
        assertThat(row(dates.get(4))).containsEntry("cancelled", true);
        assertThat(row(dates.get(2)).get("series_id")).isNotEqualTo(row(dates.get(1)).get("series_id"))
                .isEqualTo(row(dates.get(4)).get("series_id"));
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Integer.class,
                data.emailOf(ann))).isPositive();

        String ics = mvc.perform(get("/agenda/quartiers/" + data.slugOf(here) + ".ics")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> mine = calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).stream()
                .filter(e -> value(e, Property.SUMMARY).startsWith(title) || value(e, Property.SUMMARY).equals(EVENING.title()))
                .toList();
        Map<String, VEvent> recurring = mine.stream().filter(e -> value(e, Property.RRULE) != null)
                .collect(Collectors.toMap(e -> value(e, Property.DTSTART), e -> e));
        assertThat(recurring).hasSize(2);
        VEvent before = recurring.get(local(firstSaturday, "100000"));
        VEvent after = recurring.get(local(firstSaturday.plusWeeks(2), "180000"));
        assertThat(value(before, Property.RRULE).split(";")).contains("FREQ=WEEKLY", "COUNT=2");
        assertThat(value(after, Property.RRULE).split(";")).contains("FREQ=WEEKLY", "COUNT=3");
        assertThat(value(after, Property.SUMMARY)).isEqualTo(EVENING.title());
        assertThat(value(after, Property.LOCATION)).isEqualTo("Salle des fêtes");
        assertThat(value(after, Property.EXDATE)).isEqualTo(local(firstSaturday.plusWeeks(4), "180000"));
        assertThat(value(before, Property.UID)).isNotEqualTo(value(after, Property.UID));
        VEvent alone = mine.stream().filter(e -> value(e, Property.RECURRENCE_ID) != null).findFirst().orElseThrow();
        assertThat(value(alone, Property.UID)).isEqualTo(value(after, Property.UID));
        assertThat(value(alone, Property.RECURRENCE_ID)).isEqualTo(local(fourth, "180000"));
        assertThat(value(alone, Property.LOCATION)).isEqualTo("Ailleurs");
    }

    @Test
    void aLoneDateLeftBeforeOrAfterTheChangeIsAnEventOfItsOwn() {
        List<Long> dates = weekly(3);
        long series = ((Number) row(dates.get(0)).get("series_id")).longValue();
        assertThat(events.changeFromDate(dates.get(1), EVENING, organiser)).isEqualTo(2);
        assertThat(row(dates.get(0)).get("series_id")).isNull();
        assertThat(((Number) row(dates.get(1)).get("series_id")).longValue()).isEqualTo(series);
        assertThat(jdbc.queryForMap("select first_date, occurrences, title from agenda_series where id = ?", series))
                .containsEntry("occurrences", 2).containsEntry("title", EVENING.title())
                .containsEntry("first_date", java.sql.Date.valueOf(firstSaturday.plusWeeks(1)));

        assertThat(events.changeFromDate(dates.get(2), new SeriesForm("La dernière", "", "Ici", LocalTime.of(9, 0),
                LocalTime.of(11, 0)), organiser)).isEqualTo(1);
        assertThat(row(dates.get(2))).containsEntry("title", "La dernière").containsEntry("series_id", null);
        assertThat(row(dates.get(1))).containsEntry("title", EVENING.title());
    }

    @Test
    void onlyTheOrganisersChangeASeriesAndBadInputComesBackWithWhatWasTyped() throws Exception {
        List<Long> dates = weekly(3);
        long stranger = AgendaFixtures.member(data, here);
        assertThatThrownBy(() -> events.changeFromDate(dates.get(1), EVENING, stranger)).isInstanceOf(Refusal.class)
                .hasFieldOrPropertyWithValue("code", "agenda.refused.notOrganiser");
        mvc.perform(get("/agenda/evenements/" + dates.get(1) + "/serie/modifier").with(user(data.user(stranger))))
                .andExpect(status().isForbidden());
        long oneOff = events.create(AgendaFixtures.form(null), organiser);
        mvc.perform(get("/agenda/evenements/" + oneOff + "/serie/modifier").with(user(data.user(organiser))))
                .andExpect(status().isNotFound());

        var person = data.user(organiser);
        mvc.perform(get("/agenda/evenements/" + dates.get(1)).with(user(person)))
                .andExpect(content().string(Matchers.containsString("id=\"edit-series\"")));
        mvc.perform(get("/agenda/evenements/" + dates.get(1) + "/serie/modifier").with(user(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"10:00")));
        mvc.perform(post("/agenda/evenements/" + dates.get(1) + "/serie/modifier").with(user(person)).with(csrf())
                        .param("title", "Le soir typé").param("description", "").param("place", "Salle")
                        .param("startTime", "20:00").param("endTime", "18:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("value=\"Le soir typ&eacute;\"")))
                .andExpect(content().string(Matchers.containsString("value=\"20:00")));
        mvc.perform(post("/agenda/evenements/" + dates.get(1) + "/serie/modifier").with(user(person)).with(csrf())
                        .param("title", "").param("description", "").param("place", "Salle")
                        .param("startTime", "nope").param("endTime", "18:00"))
                .andExpect(status().isBadRequest());
        assertThat(row(dates.get(1))).containsEntry("starts", "10:00");

        mvc.perform(post("/agenda/evenements/" + dates.get(1) + "/serie/modifier").with(user(person)).with(csrf())
                        .param("title", "Le soir").param("description", "").param("place", "Salle")
                        .param("startTime", "18:00").param("endTime", "20:00"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(dates.get(2))).containsEntry("title", "Le soir").containsEntry("starts", "18:00");
    }
}
