package org.voisinage.verification;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Rows for this module's integration tests, with unique names: other test classes share the database. */
class Fixtures {

    private final JdbcTemplate jdbc;
    private final UserDetailsService users;

    Fixtures(JdbcTemplate jdbc, UserDetailsService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A neighbourhood with a tiny perimeter somewhere in the Atlantic: other test classes look points up in
     * their own perimeters, and the oldest of overlapping perimeters wins.
     */
    long neighbourhood() {
        double west = -40 + ThreadLocalRandom.current().nextDouble(10);
        double south = 10 + ThreadLocalRandom.current().nextDouble(10);
        return neighbourhood(west, south, west + 0.0001, south + 0.0001);
    }

    /** A neighbourhood whose perimeter is the rectangle given in degrees. */
    long neighbourhood(double west, double south, double east, double north) {
        String slug = unique("vt");
        long territory = jdbc.queryForObject("insert into territory (slug, name, kind) values (?, ?, 'TOWN') returning id",
                Long.class, slug, "Territoire " + slug);
        return jdbc.queryForObject("""
                insert into neighbourhood (territory_id, slug, name, perimeter_geojson)
                values (?, ?, ?, ?) returning id""", Long.class, territory, slug, "Quartier " + slug,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}"
                        .formatted(west, south, east, south, east, north, west, north, west, south));
    }

    long resident(String role, String status, Long neighbourhoodId, String addressId) {
        return resident(role, status, neighbourhoodId, addressId, null);
    }

    /** A person who has confirmed their email address, as anyone proving an address has (no proof counts before). */
    long resident(String role, String status, Long neighbourhoodId, String addressId, String memberNumber) {
        String email = unique("verif") + "@test.voisinage.test";
        return jdbc.queryForObject("""
                insert into resident (email, display_name, password_hash, role, status, neighbourhood_id, address_id,
                                      street_label, member_number, locale, verified_at, email_confirmed_at)
                values (?, ?, '{argon2}unusable', ?, ?, ?, ?, 'Rue des Lilas', ?, 'fr', case when ? = 'VERIFIED' then now() end,
                        now())
                returning id""",
                Long.class, email, "Voisin " + email.substring(6, 14), role, status, neighbourhoodId, addressId,
                memberNumber, status);
    }

    long pending(Long neighbourhoodId, String addressId) {
        return resident("RESIDENT", "PENDING", neighbourhoodId, addressId);
    }

    long verified(Long neighbourhoodId, String addressId) {
        return resident("RESIDENT", "VERIFIED", neighbourhoodId, addressId);
    }

    long staff() {
        return resident("STAFF", "VERIFIED", null, null);
    }

    String status(long residentId) {
        return jdbc.queryForObject("select status from resident where id = ?", String.class, residentId);
    }

    String displayName(long residentId) {
        return jdbc.queryForObject("select display_name from resident where id = ?", String.class, residentId);
    }

    long audits(long residentId, String method, String outcome) {
        return jdbc.queryForObject("""
                select count(*) from verification_audit where resident_id = ? and method = ? and outcome = ?""",
                Long.class, residentId, method, outcome);
    }

    UserDetails user(long residentId) {
        String email = jdbc.queryForObject("select email from resident where id = ?", String.class, residentId);
        return users.loadUserByUsername(email);
    }
}
