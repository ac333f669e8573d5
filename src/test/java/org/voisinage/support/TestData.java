package org.voisinage.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Rows for integration tests, written straight to the real database with unique names, so tests that
 * share the database never see each other's data.
 */
@Component
public class TestData {

    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final CacheManager caches;

    public TestData(JdbcTemplate jdbc, UserDetailsService users, CacheManager caches) {
        this.jdbc = jdbc;
        this.users = users;
        this.caches = caches;
    }

    /** Rows written here bypass the modules' cache evictions: the application's caches forget what they hold. */
    private void clearCaches() {
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long territory() {
        String slug = unique("t");
        long id = jdbc.queryForObject("insert into territory (slug, name, kind) values (?, ?, 'TOWN') returning id",
                Long.class, slug, "Territory " + slug);
        clearCaches();
        return id;
    }

    /** A neighbourhood whose perimeter is the rectangle given in degrees. */
    public long neighbourhood(long territoryId, double west, double south, double east, double north) {
        String slug = unique("n");
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}"
                .formatted(west, south, east, south, east, north, west, north, west, south);
        long id = jdbc.queryForObject("""
                insert into neighbourhood (territory_id, slug, name, description, perimeter_geojson)
                values (?, ?, ?, 'A test neighbourhood', ?) returning id""",
                Long.class, territoryId, slug, "Quartier " + slug, polygon);
        clearCaches();
        return id;
    }

    /**
     * A neighbourhood of a new territory, a 0.01° square at a random spot of the given box of degrees: each test
     * keeps to its own box, where no other test's perimeter lies.
     */
    public long neighbourhoodSomewhereIn(double westMost, double eastMost, double southMost, double northMost) {
        return neighbourhoodSomewhereIn(territory(), westMost, eastMost, southMost, northMost);
    }

    /** The same in the given territory. */
    public long neighbourhoodSomewhereIn(long territoryId, double westMost, double eastMost, double southMost,
            double northMost) {
        double west = ThreadLocalRandom.current().nextDouble(westMost, eastMost);
        double south = ThreadLocalRandom.current().nextDouble(southMost, northMost);
        return neighbourhood(territoryId, west, south, west + 0.01, south + 0.01);
    }

    /**
     * Two neighbourhoods of a territory, 0.001° squares 0.001° apart (the second east of the first), at a random
     * spot of the 10° square whose south-west corner is given.
     */
    public long[] twoNeighbourhoods(long territoryId, double west, double south) {
        double lon = west + ThreadLocalRandom.current().nextDouble(10);
        double lat = south + ThreadLocalRandom.current().nextDouble(10);
        return new long[] {neighbourhood(territoryId, lon, lat, lon + 0.001, lat + 0.001),
                neighbourhood(territoryId, lon + 0.002, lat, lon + 0.003, lat + 0.001)};
    }

    public String slugOf(long neighbourhoodId) {
        return jdbc.queryForObject("select slug from neighbourhood where id = ?", String.class, neighbourhoodId);
    }

    /**
     * The hash of "secret-password" every fixture person has: Argon2id at the tests' cost, as the application writes
     * them (it accepts no plain-text {@code {noop}} hashes), computed once.
     */
    public static final String PASSWORD_HASH = "{argon2}"
            + new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 1024, 1).encode("secret-password");

    /** A person; form sign-in works with the password "secret-password". */
    public long resident(String role, String status, Long neighbourhoodId, String addressId) {
        String email = unique("person") + "@test.voisinage.test";
        return jdbc.queryForObject("""
                insert into resident (email, display_name, password_hash, role, status, neighbourhood_id, address_id,
                                      street_label, locale, verified_at)
                values (?, ?, ?, ?, ?, ?, ?, 'Rue des Tests', 'fr',
                        case when ? = 'VERIFIED' then now() end)
                returning id""",
                Long.class, email, "Person " + email.substring(7, 15), PASSWORD_HASH, role, status, neighbourhoodId,
                addressId, status);
    }

    public String emailOf(long residentId) {
        return jdbc.queryForObject("select email from resident where id = ?", String.class, residentId);
    }

    public UserDetails user(long residentId) {
        return users.loadUserByUsername(emailOf(residentId));
    }
}
