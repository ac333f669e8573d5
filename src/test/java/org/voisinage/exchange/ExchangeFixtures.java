package org.voisinage.exchange;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/**
 * Neighbourhoods far out in an ocean (other tests' are elsewhere): {@code home}, {@code near} whose centre is about
 * 2 km away, {@code far} about 7 km away, and {@code remote} 50 km away; a verified resident in each.
 */
record ExchangeFixtures(TestData data, JdbcTemplate jdbc, long territory, long home, long near, long far, long remote,
        long homeResident, long nearResident, long farResident, long remoteResident) {

    static ExchangeFixtures create(TestData data, JdbcTemplate jdbc) {
        double lon = ThreadLocalRandom.current().nextDouble(-40, -20);
        double lat = ThreadLocalRandom.current().nextDouble(-45, -10);
        long territory = data.territory();
        // 0.01° of latitude is 1.11 km
        long home = data.neighbourhood(territory, lon, lat, lon + 0.005, lat + 0.005);
        long near = data.neighbourhood(territory, lon, lat + 0.018, lon + 0.005, lat + 0.023);
        long far = data.neighbourhood(territory, lon, lat + 0.063, lon + 0.005, lat + 0.068);
        long remote = data.neighbourhood(territory, lon, lat + 0.45, lon + 0.005, lat + 0.455);
        return new ExchangeFixtures(data, jdbc, territory, home, near, far, remote,
                data.resident("RESIDENT", "VERIFIED", home, null), data.resident("RESIDENT", "VERIFIED", near, null),
                data.resident("RESIDENT", "VERIFIED", far, null), data.resident("RESIDENT", "VERIFIED", remote, null));
    }

    long resident(long neighbourhoodId) {
        return data.resident("RESIDENT", "VERIFIED", neighbourhoodId, null);
    }
}
