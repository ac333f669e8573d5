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
 * A series changed from one of its dates on: the later dates take the change but those changed alone (and the
 * cancelled ones), the earlier ones keep theirs, and the feed, parsed back with ical4j, has two recurring events that
 * meet at that date; a series of a few dates leaves a lone date as a one-off event; who may, and bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class SeriesChangeTests {

    @Autowired TestData data;
    @Autowired Events events;
    @Autowired Rsvps rsvps;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    long here;
    long organiser;
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

    private static final SeriesForm EVENING = new SeriesForm("Repair café du soir", "Le soir, avec une soupe.",
            "Salle des fêtes", LocalTime.of(18, 0), LocalTime.of(20, 0));

    private List<Long> weekly(int count) {
        long first = events.create(repairCafe(firstSaturday), new RepeatForm(Repetition.WEEKLY, count, null), organiser);
        return jdbc.queryForList("""
                select id from agenda_event where series_id = (select series_id from agenda_event where id = ?)
                order by occurrence_date""", Long.class, first);
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

    private static String local(LocalDate day, String time) {
        return day.toString().replace("-", "") + "T" + time;
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }
}
