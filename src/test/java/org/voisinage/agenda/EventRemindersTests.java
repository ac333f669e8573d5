package org.voisinage.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.common.SiteClock;
import org.voisinage.support.TestData;

/**
 * The day-before reminders, with the clock set where they fall due: one email per resident going, none the second
 * run, none for a resident who turned them off, a cancelled event, or a resident no longer allowed to see it; a moved
 * event is reminded again; none before the reminder time, none when operators turned them off.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class EventRemindersTests {

    private static final AgendaProperties ON = new AgendaProperties(true, 1, LocalTime.of(18, 0));

    @Autowired TestData data;
    @Autowired Events events;
    @Autowired Rsvps rsvps;
    @Autowired RsvpRepository answers;
    @Autowired AgendaEventRepository eventRows;
    @Autowired AgendaEmails emails;
    @Autowired AgendaPreferences preferences;
    @Autowired SiteClock siteClock;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    long here;
    long organiser;
    ZoneId zone;
    /** The events' day, ten days from now (forms take today's date). */
    LocalDate eventDay;

    @BeforeEach
    void place() {
        here = AgendaFixtures.twoNeighbourhoods(data)[0];
        organiser = AgendaFixtures.member(data, here);
        zone = siteClock.zone();
        eventDay = LocalDate.now(zone).plusDays(10);
    }

    /** The reminders as they run on that day at that time (site zone). */
    private int runAt(LocalDate day, LocalTime time, AgendaProperties properties) {
        Clock clock = Clock.fixed(day.atTime(time).atZone(zone).toInstant(), zone);
        return new EventReminders(answers, eventRows, emails, properties, clock, siteClock).sendDue();
    }

    private int reminders(long residentId) {
        return jdbc.queryForObject("select count(*) from outbox_email where recipient = ? and subject like 'Rappel%'",
                Integer.class, data.emailOf(residentId));
    }

    @Test
    void theResidentsGoingGetOneReminderTheDayBeforeAndNoSecondOne() {
        long event = events.create(AgendaFixtures.form(1), organiser);
        long going = AgendaFixtures.member(data, here);
        long waitlisted = AgendaFixtures.member(data, here);
        long notGoing = AgendaFixtures.member(data, here);
        rsvps.respond(event, going, true);
        rsvps.respond(event, waitlisted, true);
        rsvps.respond(event, notGoing, false);

        runAt(eventDay.minusDays(1), LocalTime.of(17, 0), ON);
        assertThat(reminders(going)).as("not before the reminder time").isZero();

        runAt(eventDay.minusDays(1), LocalTime.of(18, 5), ON);
        runAt(eventDay.minusDays(1), LocalTime.of(19, 5), ON);
        runAt(eventDay, LocalTime.of(9, 0), ON);

        assertThat(reminders(going)).isEqualTo(1);
        assertThat(reminders(waitlisted)).isZero();
        assertThat(reminders(notGoing)).isZero();
        String text = jdbc.queryForObject("select body_text from outbox_email where recipient = ? and subject like 'Rappel%'",
                String.class, data.emailOf(going));
        assertThat(text).contains("/agenda/evenements/" + event).contains("Place du marché");
    }

    @Test
    void aResidentWhoTurnedRemindersOffGetsNoneAndOperatorsTurnThemOffForEveryone() throws Exception {
        long event = events.create(AgendaFixtures.form(null), organiser);
        long quiet = AgendaFixtures.member(data, here);
        long other = AgendaFixtures.member(data, here);
        rsvps.respond(event, quiet, true);
        rsvps.respond(event, other, true);
        mvc.perform(get("/account").with(user(data.user(quiet))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"agenda-reminders\"")));
        mvc.perform(post("/agenda/rappels").with(user(data.user(quiet))).with(csrf()))
                .andExpect(redirectedUrl("/account#account-agenda"));
        assertThat(preferences.remindersOn(quiet)).isFalse();

        runAt(eventDay.minusDays(1), LocalTime.of(18, 5), new AgendaProperties(false, 1, LocalTime.of(18, 0)));
        assertThat(reminders(other)).as("operators' switch off").isZero();

        runAt(eventDay.minusDays(1), LocalTime.of(18, 5), ON);
        assertThat(reminders(quiet)).isZero();
        assertThat(reminders(other)).isEqualTo(1);

        mvc.perform(post("/agenda/rappels").param("on", "true").with(user(data.user(quiet))).with(csrf()));
        assertThat(preferences.remindersOn(quiet)).isTrue();
    }

    @Test
    void aCancelledEventRemindsNobodyAndAResidentNoLongerAllowedGetsNone() {
        long cancelled = events.create(AgendaFixtures.form(null), organiser);
        long membersOnly = events.create(AgendaFixtures.form("Réunion", null, Visibility.MEMBERS), organiser);
        long ann = AgendaFixtures.member(data, here);
        long bob = AgendaFixtures.member(data, here);
        rsvps.respond(cancelled, ann, true);
        rsvps.respond(membersOnly, bob, true);
        events.cancel(cancelled, organiser);
        // Bob moved away since he answered: the members-only event is no longer his to hear of
        long elsewhere = AgendaFixtures.twoNeighbourhoods(data)[0];
        jdbc.update("update resident set neighbourhood_id = ? where id = ?", elsewhere, bob);

        runAt(eventDay.minusDays(1), LocalTime.of(18, 5), ON);

        assertThat(reminders(ann)).isZero();
        assertThat(reminders(bob)).isZero();
    }

    @Test
    void anEventMovedToAnotherDayIsRemindedAgain() {
        long event = events.create(AgendaFixtures.form(null), organiser);
        long ann = AgendaFixtures.member(data, here);
        rsvps.respond(event, ann, true);
        runAt(eventDay.minusDays(1), LocalTime.of(18, 5), ON);
        assertThat(reminders(ann)).isEqualTo(1);

        LocalDate later = eventDay.plusDays(7);
        EventForm form = events.form(event, organiser);
        events.change(event, new EventForm(form.title(), form.description(), later, form.startTime(), later,
                form.endTime(), form.place(), form.addressId(), form.capacity(), form.visibility(), null, null, null),
                organiser);
        runAt(later.minusDays(1), LocalTime.of(18, 5), ON);

        assertThat(reminders(ann)).isEqualTo(2);
    }

    @Test
    void beforeTheReminderTimeTheDueEventsEndWithTodayAfterItWithTomorrow() {
        EventReminders reminders = new EventReminders(answers, eventRows, emails, ON, Clock.systemUTC(), siteClock);
        LocalDate day = LocalDate.of(2026, 3, 28); // the night clocks go forward in Paris
        Instant morning = day.atTime(9, 0).atZone(zone).toInstant();
        Instant evening = day.atTime(18, 0).atZone(zone).toInstant();
        assertThat(reminders.dueUntil(morning)).isEqualTo(day.plusDays(1).atStartOfDay(zone).toInstant());
        assertThat(reminders.dueUntil(evening)).isEqualTo(day.plusDays(2).atStartOfDay(zone).toInstant());
    }
}
