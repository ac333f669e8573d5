package org.voisinage.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.common.NotFoundException;
import org.voisinage.notification.Outbox;
import org.voisinage.notification.OutboxMessage;
import org.voisinage.support.TestData;

/** Answers, capacity and the waitlist against the real database, concurrent cancels included; the emails they cause. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class RsvpIntegrationTests {

    @Autowired TestData data;
    @Autowired Events events;
    @Autowired Rsvps rsvps;
    @Autowired Agenda agenda;
    @Autowired Outbox outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired EventModeration moderation;

    long here;
    long elsewhere;
    long organiser;

    @BeforeEach
    void place() {
        long[] ids = AgendaFixtures.twoNeighbourhoods(data);
        here = ids[0];
        elsewhere = ids[1];
        organiser = AgendaFixtures.member(data, here);
    }

    @Test
    void atCapacityAnswersJoinTheWaitlistAndTheFirstMovesUpWithAnEmailWhenSomeoneCancels() {
        long event = events.create(AgendaFixtures.form(2), organiser);
        long ann = AgendaFixtures.member(data, here);
        long bob = AgendaFixtures.member(data, here);
        long cleo = AgendaFixtures.member(data, here);
        long dan = AgendaFixtures.member(data, here);
        assertThat(rsvps.respond(event, ann, true)).isEqualTo(RsvpStatus.GOING);
        assertThat(rsvps.respond(event, bob, true)).isEqualTo(RsvpStatus.GOING);
        assertThat(rsvps.respond(event, cleo, true)).isEqualTo(RsvpStatus.WAITLISTED);
        assertThat(rsvps.respond(event, dan, true)).isEqualTo(RsvpStatus.WAITLISTED);
        assertThat(agenda.page(event, null).waitlistCount()).isEqualTo(2);

        assertThat(rsvps.respond(event, ann, false)).isEqualTo(RsvpStatus.NOT_GOING);

        assertThat(status(event, cleo)).isEqualTo("GOING");
        assertThat(status(event, dan)).isEqualTo("WAITLISTED");
        assertThat(goingCount(event)).isEqualTo(2);
        OutboxMessage mail = outbox.latestTo(data.emailOf(cleo)).orElseThrow();
        assertThat(mail.subject()).contains("Une place s’est libérée");
        assertThat(mail.textBody()).contains("/agenda/evenements/" + event);
        assertThat(outbox.latestTo(data.emailOf(dan))).isEmpty();
    }

    @Test
    void goingTwiceIsRefusedAndAnsweringAgainAfterNotGoingWorks() {
        long event = events.create(AgendaFixtures.form(null), organiser);
        long ann = AgendaFixtures.member(data, here);
        rsvps.respond(event, ann, true);
        assertThatThrownBy(() -> rsvps.respond(event, ann, true)).hasMessage("agenda.rsvp.refused.twice");
        rsvps.respond(event, ann, false);
        assertThat(rsvps.respond(event, ann, true)).isEqualTo(RsvpStatus.GOING);
        assertThat(goingCount(event)).isEqualTo(1);
    }

    @Test
    void onlyVerifiedMembersOfTheNeighbourhoodAnswerAndMembersOnlyEventsAreInvisibleToOthers() {
        long open = events.create(AgendaFixtures.form(null), organiser);
        long closed = events.create(AgendaFixtures.form(TestData.unique("Réunion"), null, Visibility.MEMBERS), organiser);
        long pending = data.resident("RESIDENT", "PENDING", here, null);
        long neighbour = AgendaFixtures.member(data, elsewhere);
        assertThatThrownBy(() -> rsvps.respond(open, pending, true)).hasMessage("agenda.rsvp.refused.notMember");
        assertThatThrownBy(() -> rsvps.respond(open, neighbour, true)).hasMessage("agenda.rsvp.refused.notMember");
        assertThatThrownBy(() -> rsvps.respond(closed, neighbour, true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agenda.page(closed, null)).isInstanceOf(NotFoundException.class);
        assertThat(moderation.visibleTo(closed, neighbour)).isFalse();
        assertThat(agenda.coming(here, null, org.springframework.data.domain.PageRequest.of(0, 50)).getContent())
                .extracting(AgendaViews.EventCard::id).contains(open).doesNotContain(closed);
        assertThatThrownBy(() -> events.create(AgendaFixtures.form(null), pending)).hasMessage("agenda.refused.notMember");
    }

    @Test
    void concurrentCancelsPromoteTheWaitlistInOrderExactlyOnce() throws Exception {
        int capacity = 6;
        long event = events.create(AgendaFixtures.form(capacity), organiser);
        List<Long> going = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            long r = AgendaFixtures.member(data, here);
            rsvps.respond(event, r, true);
            going.add(r);
        }
        for (int i = 0; i < 10; i++) {
            long r = AgendaFixtures.member(data, here);
            assertThat(rsvps.respond(event, r, true)).isEqualTo(RsvpStatus.WAITLISTED);
            waiting.add(r);
        }
        ExecutorService pool = Executors.newFixedThreadPool(capacity);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RsvpStatus>> results = new ArrayList<>();
        for (long r : going) {
            results.add(pool.submit(() -> {
                start.await();
                return rsvps.respond(event, r, false);
            }));
        }
        start.countDown();
        for (Future<RsvpStatus> result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(RsvpStatus.NOT_GOING);
        }
        pool.shutdown();

        assertThat(goingCount(event)).isEqualTo(capacity);
        assertThat(jdbc.queryForObject("select count(*) from agenda_rsvp where event_id = ? and status = 'GOING'",
                Integer.class, event)).isEqualTo(capacity);
        for (int i = 0; i < waiting.size(); i++) {
            assertThat(status(event, waiting.get(i))).as("waitlisted #%d", i + 1)
                    .isEqualTo(i < capacity ? "GOING" : "WAITLISTED");
        }
        for (long promoted : waiting.subList(0, capacity)) {
            assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ? and message_id like ?",
                    Integer.class, data.emailOf(promoted), "%agenda-" + event + "-promoted-%")).isEqualTo(1);
        }
    }

    @Test
    void changesAndCancellationsAreEmailedToAttendeesAndTheWaitlistWithOldAndNewValues() {
        long event = events.create(AgendaFixtures.form(1), organiser);
        long ann = AgendaFixtures.member(data, here);
        long bob = AgendaFixtures.member(data, here);
        rsvps.respond(event, ann, true);
        rsvps.respond(event, bob, true);
        EventForm before = events.form(event, organiser);
        EventForm moved = new EventForm(before.title(), before.description(), before.startDate(), LocalTime.of(19, 0),
                before.endDate(), before.endTime(), "Jardin partagé", null, 1, Visibility.PUBLIC, null, null, null);

        List<EventChange> changes = events.change(event, moved, organiser);

        assertThat(changes).extracting(EventChange::field).containsExactly("startsAt", "place");
        for (long attendee : List.of(ann, bob)) {
            OutboxMessage mail = outbox.latestTo(data.emailOf(attendee)).orElseThrow();
            assertThat(mail.subject()).startsWith("Changement pour");
            assertThat(mail.textBody()).contains("Lieu : Place du marché → Jardin partagé").contains("18:00").contains("19:00");
        }

        events.cancel(event, organiser);
        assertThat(outbox.latestTo(data.emailOf(bob)).orElseThrow().subject()).startsWith("Annulé");
        assertThatThrownBy(() -> rsvps.respond(event, AgendaFixtures.member(data, here), true))
                .hasMessage("agenda.rsvp.refused.cancelled");
    }

    /** Issue 10: recipients are asked again when the email is built, not when they answered. */
    @Test
    void aMembersOnlyEventsChangesReachNoAttendeeWhoHasSinceLostTheRightToSeeIt() {
        long event = events.create(AgendaFixtures.form(TestData.unique("Réunion"), null, Visibility.MEMBERS), organiser);
        long ann = AgendaFixtures.member(data, here);
        long banned = AgendaFixtures.member(data, here);
        long moved = AgendaFixtures.member(data, here);
        for (long attendee : List.of(ann, banned, moved)) {
            rsvps.respond(event, attendee, true);
        }
        jdbc.update("update resident set banned_at = now(), sanction_reason = 'test' where id = ?", banned);
        jdbc.update("update resident set neighbourhood_id = ? where id = ?", elsewhere, moved);

        EventForm before = events.form(event, organiser);
        events.change(event, new EventForm(before.title(), before.description(), before.startDate(), LocalTime.of(19, 0),
                before.endDate(), before.endTime(), "Salle commune", null, null, Visibility.MEMBERS, null, null, null),
                organiser);
        events.cancel(event, organiser);

        assertThat(outbox.latestTo(data.emailOf(ann)).orElseThrow().subject()).startsWith("Annulé");
        assertThat(outbox.latestTo(data.emailOf(banned))).as("banned since").isEmpty();
        assertThat(outbox.latestTo(data.emailOf(moved))).as("moved away since").isEmpty();
    }

    @Test
    void theCapacityCannotFallBelowAttendanceAndRaisingItMovesTheWaitlistUp() {
        long event = events.create(AgendaFixtures.form(1), organiser);
        long ann = AgendaFixtures.member(data, here);
        long bob = AgendaFixtures.member(data, here);
        rsvps.respond(event, ann, true);
        rsvps.respond(event, bob, true);
        EventForm form = events.form(event, organiser);
        assertThatThrownBy(() -> events.change(event, withCapacity(form, null), ann))
                .hasMessage("agenda.refused.notOrganiser");
        events.change(event, withCapacity(form, 2), organiser);
        assertThat(status(event, bob)).isEqualTo("GOING");
        rsvps.respond(event, AgendaFixtures.member(data, here), true);
        assertThatThrownBy(() -> events.change(event, withCapacity(form, 1), organiser))
                .hasMessage("agenda.event.capacityBelowAttendance");
    }

    @Test
    void moderatorsHideAnEventFromEveryoneButItsOrganiser() {
        long event = events.create(AgendaFixtures.form(null), organiser);
        long other = AgendaFixtures.member(data, here);
        moderation.hide(event, "Publicité");
        assertThat(moderation.snapshot(event).orElseThrow().hidden()).isTrue();
        assertThat(moderation.visibleTo(event, other)).isFalse();
        assertThat(moderation.visibleTo(event, organiser)).isTrue();
        assertThatThrownBy(() -> agenda.page(event, null)).isInstanceOf(NotFoundException.class);
        moderation.restore(event);
        assertThat(moderation.visibleTo(event, other)).isTrue();
    }

    @Test
    void theHostsComingEventsAreListedSoonestFirst() {
        assertThat(agenda.upcomingOf("challenge", Long.MAX_VALUE, 5)).isEmpty();
        assertThat(agenda.upcomingOf("nothing", 1, 0)).isEqualTo(Collections.emptyList());
    }

    private static EventForm withCapacity(EventForm f, Integer capacity) {
        return new EventForm(f.title(), f.description(), f.startDate(), f.startTime(), f.endDate(), f.endTime(), f.place(),
                f.addressId(), capacity, f.visibility(), f.neighbourhoodId(), f.hostType(), f.hostId());
    }

    private String status(long event, long resident) {
        return jdbc.queryForObject("select status from agenda_rsvp where event_id = ? and resident_id = ?", String.class,
                event, resident);
    }

    private int goingCount(long event) {
        return jdbc.queryForObject("select going_count from agenda_event where id = ?", Integer.class, event);
    }
}
