package org.voisinage.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.ThreadLocalRandom;
import org.voisinage.support.TestData;

/** Places, people and event forms for the agenda's integration tests (unique data, somewhere in an ocean). */
final class AgendaFixtures {

    private AgendaFixtures() {}

    /** A territory with two neighbourhoods side by side. */
    static long[] twoNeighbourhoods(TestData data) {
        double lon = ThreadLocalRandom.current().nextDouble(-40, -20);
        double lat = ThreadLocalRandom.current().nextDouble(-50, -30);
        long territory = data.territory();
        return new long[] {data.neighbourhood(territory, lon, lat, lon + 0.01, lat + 0.01),
                data.neighbourhood(territory, lon, lat + 0.01, lon + 0.01, lat + 0.02)};
    }

    static long member(TestData data, long neighbourhoodId) {
        return data.resident("RESIDENT", "VERIFIED", neighbourhoodId, null);
    }

    static EventForm form(String title, Integer capacity, Visibility visibility) {
        LocalDate day = LocalDate.now().plusDays(10);
        return new EventForm(title, "Venez **nombreux**", day, LocalTime.of(18, 0), day, LocalTime.of(20, 0),
                "Place du marché", null, capacity, visibility, null, null, null);
    }

    static EventForm form(Integer capacity) {
        return form(TestData.unique("Apéro"), capacity, Visibility.PUBLIC);
    }
}
