package org.voisinage.initiative;

import java.util.concurrent.ThreadLocalRandom;
import org.voisinage.support.TestData;

/**
 * Places for the initiative tests: neighbourhoods as small squares at real distances from each other, somewhere in
 * the South Pacific (no other test lives there), and verified residents in them.
 */
final class InitiativeFixtures {

    private final TestData data;
    final double lon;
    final double lat;
    final long territory;

    InitiativeFixtures(TestData data) {
        this.data = data;
        this.lon = ThreadLocalRandom.current().nextDouble(-140, -110);
        this.lat = ThreadLocalRandom.current().nextDouble(-45, -25);
        this.territory = data.territory();
    }

    /** A 400 m square neighbourhood whose centre is {@code kmEast} km east of the fixtures' origin. */
    long neighbourhood(double kmEast) {
        double degreesEast = kmEast / (111.32 * Math.cos(Math.toRadians(lat)));
        double half = 0.002;
        double centreLon = lon + degreesEast;
        return data.neighbourhood(territory, centreLon - half, lat - half, centreLon + half, lat + half);
    }

    long resident(long neighbourhood) {
        return data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
    }
}
