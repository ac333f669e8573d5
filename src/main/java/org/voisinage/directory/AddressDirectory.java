package org.voisinage.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.directory.internal.AddressNormaliser;
import org.voisinage.directory.internal.AddressNormaliser.HouseNumber;

/**
 * The directory module's API: find and match addresses.
 *
 * <p>Matching looks within the typed postcode (or, when no street has that postcode, within the typed
 * town): first for the exact street and number, then for the closest street names by trigram similarity.
 */
@Service
@Transactional(readOnly = true)
public class AddressDirectory {

    static final int MAX_SUGGESTIONS = 5;
    /** Below this trigram similarity a street name is not worth suggesting. */
    static final double MIN_SIMILARITY = 0.25;
    private static final Logger log = LoggerFactory.getLogger(AddressDirectory.class);
    /** "12 bis rue X" typed in the street field with no number. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,5}\\s*(?:bis|ter|quater|[a-z])?)[\\s,]+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final String COLUMNS = "a.id, a.numero, a.rep, a.nom_voie, a.code_postal, a.nom_commune, a.lon, a.lat, a.dwellings";

    private final JdbcClient jdbc;

    AddressDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DirectoryAddress> find(String id) {
        if (id == null || id.isBlank() || id.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from address a where a.id = ?").param(id)
                .query(AddressDirectory::address).optional();
    }

    /**
     * Records that at least {@code dwellings} dwellings stand behind the address (never lowers a known count: a
     * register lists only the members among the tenants).
     */
    @Transactional
    public void recordDwellings(String addressId, int dwellings) {
        jdbc.sql("update address set dwellings = greatest(coalesce(dwellings, 1), ?) where id = ?")
                .params(dwellings, addressId).update();
    }

    public long count() {
        return jdbc.sql("select count(*) from address").query(Long.class).single();
    }

    /** Normalises the query and looks for that exact address; without one, up to 5 suggestions. */
    public AddressMatch match(AddressQuery query) {
        if (query == null) {
            return AddressMatch.suggest(List.of());
        }
        try {
            return matchNormalised(query);
        } catch (DataAccessException e) {
            // odd input must never break a sign-up form: answer "no suggestion" and keep a trace
            log.warn("Address match failed for {}", query, e);
            return AddressMatch.suggest(List.of());
        }
    }

    private AddressMatch matchNormalised(AddressQuery query) {
        String typedNumber = query.number();
        String typedStreet = query.street();
        if ((typedNumber == null || typedNumber.isBlank()) && typedStreet != null) {
            Matcher leading = LEADING_NUMBER.matcher(typedStreet.length() > 300 ? "" : typedStreet);
            if (leading.matches()) {
                typedNumber = leading.group(1);
                typedStreet = leading.group(2);
            }
        }
        String street = AddressNormaliser.street(typedStreet);
        if (street.isEmpty()) {
            return AddressMatch.suggest(List.of());
        }
        HouseNumber number = AddressNormaliser.number(typedNumber);
        Scope scope = scope(AddressNormaliser.postcode(query.postcode()), AddressNormaliser.town(query.town()));
        if (scope == null) {
            return AddressMatch.suggest(List.of());
        }
        List<Long> exactStreets = jdbc.sql("select id from street where " + scope.column + " = ? and voie_norm = ?")
                .params(scope.value, street).query(Long.class).list();
        if (!exactStreets.isEmpty()) {
            if (number.isPresent()) {
                Optional<DirectoryAddress> exact = jdbc.sql("select " + COLUMNS + """
                         from address a where a.street_id = any(?) and a.numero_int = ? and a.rep_norm = ?
                        order by a.id limit 1""")
                        .params(exactStreets.toArray(Long[]::new), number.number(), number.repetition())
                        .query(AddressDirectory::address).optional();
                if (exact.isPresent()) {
                    return AddressMatch.exactly(exact.get());
                }
            }
            // the right street, an unknown number: the nearest numbers on it
            return AddressMatch.suggest(jdbc.sql("select " + COLUMNS + """
                     from address a where a.street_id = any(?)
                    order by abs(a.numero_int - ?), a.rep_norm = ? desc, a.numero_int, a.rep_norm limit ?""")
                    .params(exactStreets.toArray(Long[]::new), Math.max(number.number(), 0), number.repetition(),
                            MAX_SUGGESTIONS)
                    .query(AddressDirectory::address).list());
        }
        // Closest street names within the scope (nearest-neighbour search on the trigram GiST index), each
        // with the typed number when that street has it, otherwise its nearest number.
        return AddressMatch.suggest(jdbc.sql("select " + COLUMNS + " from (select s.id, s.voie_norm <-> ? as distance"
                + " from street s where s." + scope.column + " = ? order by distance limit ?) close"
                + """
                 cross join lateral (
                    select * from address a where a.street_id = close.id
                    order by abs(a.numero_int - ?), a.rep_norm = ? desc, a.numero_int, a.rep_norm limit 1) a
                where close.distance <= ?
                order by close.distance, a.id""")
                .params(street, scope.value, MAX_SUGGESTIONS, Math.max(number.number(), 0), number.repetition(),
                        1 - MIN_SIMILARITY)
                .query(AddressDirectory::address).list());
    }

    /** Where to search: the postcode when some street has it, otherwise the town; null with neither. */
    private Scope scope(String postcode, String town) {
        if (postcode.length() == 5 && jdbc.sql("select exists (select 1 from street where code_postal = ?)")
                .param(postcode).query(Boolean.class).single()) {
            return new Scope("code_postal", postcode);
        }
        if (!town.isEmpty() && jdbc.sql("select exists (select 1 from street where commune_norm = ?)")
                .param(town).query(Boolean.class).single()) {
            return new Scope("commune_norm", town);
        }
        return null;
    }

    /** A column of {@code street} (one of two constants, never user input) and its value. */
    private record Scope(String column, String value) {}

    private static DirectoryAddress address(ResultSet rs, int row) throws SQLException {
        return new DirectoryAddress(rs.getString("id"), rs.getString("numero"), rs.getString("rep"),
                rs.getString("nom_voie"), rs.getString("code_postal"), rs.getString("nom_commune"),
                rs.getDouble("lon"), rs.getDouble("lat"), rs.getObject("dwellings", Integer.class));
    }
}
