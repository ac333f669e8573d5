package org.voisinage.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voisinage.common.Refusal;

/** The event's own rules, without a database. */
class AgendaEventTests {

    static final Instant START = Instant.parse("2026-12-05T17:00:00Z");

    static EventDetails details(Instant start, Instant end, Integer capacity) {
        return new EventDetails("Apéro", "On trinque", start, end, "Place Lazare-Goujon", null, capacity, Visibility.PUBLIC);
    }

    static AgendaEvent event(Integer capacity) {
        return new AgendaEvent(1, null, null, 7, details(START, START.plus(2, ChronoUnit.HOURS), capacity));
    }

    @Test
    void anEventEndsAfterItStarts() {
        assertThatThrownBy(() -> new AgendaEvent(1, null, null, 7, details(START, START, null)))
                .isInstanceOf(Refusal.class).hasMessage("agenda.event.endBeforeStart");
        assertThatThrownBy(() -> event(null).change(details(START, START.minusSeconds(60), null)))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).field()).isEqualTo("endTime"));
    }

    @Test
    void theCapacityNeverFallsBelowThePeopleComing() {
        AgendaEvent event = event(3);
        event.countGoing();
        event.countGoing();
        event.countGoing();
        assertThat(event.hasRoom()).isFalse();
        assertThatThrownBy(() -> event.change(details(START, START.plus(2, ChronoUnit.HOURS), 2)))
                .isInstanceOf(Refusal.class).hasMessage("agenda.event.capacityBelowAttendance");
        event.change(details(START, START.plus(2, ChronoUnit.HOURS), 3));
        event.change(details(START, START.plus(2, ChronoUnit.HOURS), null));
        assertThat(event.hasRoom()).isTrue();
    }

    @Test
    void aChangeListsWhatChangedOldAndNewAndBumpsTheSequence() {
        AgendaEvent event = event(10);
        Instant later = START.plus(1, ChronoUnit.HOURS);
        List<EventChange> changes = event.change(new EventDetails("Apéro", "On trinque", later,
                later.plus(2, ChronoUnit.HOURS), "Jardin partagé", null, 10, Visibility.PUBLIC));
        assertThat(changes).extracting(EventChange::field).containsExactly("startsAt", "endsAt", "place");
        assertThat(changes.get(0).before()).isEqualTo(START);
        assertThat(changes.get(0).after()).isEqualTo(later);
        assertThat(changes.get(2).before()).isEqualTo("Place Lazare-Goujon");
        assertThat(event.getSequence()).isEqualTo(1);
        // nothing changed: no sequence bump
        event.change(new EventDetails("Apéro", "On trinque", later, later.plus(2, ChronoUnit.HOURS), "Jardin partagé",
                null, 10, Visibility.PUBLIC));
        assertThat(event.getSequence()).isEqualTo(1);
    }

    @Test
    void aCancelledEventTakesNoMoreAnswersNorChanges() {
        AgendaEvent event = event(null);
        assertThat(event.rsvpRefusal(START)).isNull();
        event.cancel(START.minusSeconds(3600));
        assertThat(event.getSequence()).isEqualTo(1);
        assertThat(event.rsvpRefusal(START)).isEqualTo("agenda.rsvp.refused.cancelled");
        assertThatThrownBy(() -> event.cancel(START)).hasMessage("agenda.event.cancelledAlready");
        assertThatThrownBy(() -> event.change(details(START, START.plusSeconds(60), null)))
                .hasMessage("agenda.event.cancelledAlready");
    }

    @Test
    void anEventOverTakesNoMoreAnswers() {
        assertThat(event(null).rsvpRefusal(START.plus(2, ChronoUnit.HOURS))).isEqualTo("agenda.rsvp.refused.past");
        assertThat(event(null).rsvpRefusal(START.plus(1, ChronoUnit.HOURS))).isNull();
    }
}
