package org.voisinage.demo.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A synthetic population for load tests ({@code --voisinage.demo.scale=N}): N verified residents in 20
 * neighbourhoods of two territories (the demo's Villeurbanne, with Gratte-Ciel first so the demo accounts see a busy
 * neighbourhood, and a second, synthetic town), and about ten rows of activity per resident: listings, initiatives
 * with members, needs, offers and comments, conversations and messages (a few of them huge), events and RSVPs,
 * alerts, pledges, follows and notifications. Activity is skewed: a resident's share falls steeply with their rank,
 * so a few are very active and most are quiet.
 * <p>
 * <b>A deliberate exception to the module boundaries</b>: this one class writes the other modules' tables directly
 * with PostgreSQL's {@code COPY FROM STDIN}, because going through their APIs (one transaction, events and
 * Argon2 hash per row) would take hours for 50,000 residents. It is test data only (the demo never runs in prod),
 * and it is kept here, in one place. Before writing, each table's columns are read from the schema Flyway built, and
 * any NOT NULL column without a default this class does not fill stops the load with its name (so a new migration
 * cannot leave it writing half rows). Search vectors are generated columns: PostgreSQL fills them. Ids are drawn
 * after the existing ones and each identity sequence is moved past them at the end.
 */
public final class SyntheticPopulation {

    public static final int NEIGHBOURHOODS = 20;
    private static final int HUGE_CONVERSATIONS = 4;
    private static final int HUGE_CONVERSATION_MESSAGES = 1_200;
    private static final String[] FIRST_NAMES = {"Alice", "Bruno", "Chloé", "David", "Emma", "Farid", "Gaëlle", "Hugo",
            "Inès", "Julien", "Karim", "Louise", "Mehdi", "Nina", "Olivier", "Pauline", "Quentin", "Rania", "Sophie",
            "Thomas", "Ursule", "Victor", "Wassim", "Yasmine", "Zoé"};
    private static final String[] THINGS = {"perceuse", "tondeuse", "vélo", "escabeau", "livres", "poussette",
            "machine à coudre", "table", "jeux de société", "plants de tomates", "cours de guitare", "aide aux devoirs",
            "covoiturage", "appareil à raclette", "tente", "scie sauteuse"};
    private static final String[] LISTING_KINDS = {"SERVICE", "GIVE", "BARTER", "SKILL"};
    private static final String[] CATEGORIES = {"DIY", "GARDENING", "CHILDCARE", "IT_HELP", "COOKING", "TOOLS",
            "BOOKS", "CLOTHES", "HOUSEHOLD", "SPORT", "CULTURE", "OTHER"};
    private static final String[] THEMES = {"ECOLOGY", "SOCIAL", "DEMOCRACY", "CULTURE", "SOLIDARITY", "SPORT", "OTHER"};
    private static final String[] PROJECTS = {"Jardin partagé", "Fête de quartier", "Repair café", "Boîte à livres",
            "Compost collectif", "Vide-grenier", "Ciné en plein air", "Nettoyage des berges", "Atelier vélo",
            "Chorale du quartier"};
    private static final String[] ALERT_CATEGORIES = {"WATER_CUT", "POWER_CUT", "LOST_PET", "FOUND_PET", "ROAD_CLOSED",
            "OTHER"};

    /** What was written, table by table, and how long it took. */
    public record Report(Map<String, Long> rows, long millis) {
    }

    private final DataSource dataSource;
    private final String passwordHash;
    private final int scale;
    private final SplittableRandom random;
    private final Instant now;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    // what the earlier tables left for the later ones
    private long[] neighbourhoodIds;
    private double[][] centres;
    private long territoryOne;
    private long firstResident;
    private String[] names;
    private long demoCamille;

    /**
     * @param passwordHash the one Argon2id hash every synthetic resident shares (computed once, by the caller)
     * @param scale how many residents
     */
    public SyntheticPopulation(DataSource dataSource, String passwordHash, int scale, long seed, Instant now) {
        this.dataSource = dataSource;
        this.passwordHash = passwordHash;
        this.scale = scale;
        this.random = new SplittableRandom(seed);
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Whether a synthetic population is already there (a restart with the same switch adds nothing). */
    public static boolean present(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("select 1 from territory where slug = 'synthetique'")) {
            return found.next();
        }
    }

    /** Loads everything in one transaction: either the whole population is there, or none of it. */
    public Report load() throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local synchronous_commit = off");
            }
            try {
                places(connection);
                residents(connection);
                listings(connection);
                initiatives(connection);
                conversations(connection);
                agenda(connection);
                alerts(connection);
                pledges(connection);
                follows(connection);
                notifications(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            try (Statement statement = connection.createStatement()) {
                // vacuum too, not only analyze: it marks the new pages all-visible, without which every index-only
                // scan (the capped counts of listings, members and residents) still reads the table row by row
                statement.execute("vacuum analyze");
            }
        }
        return new Report(Map.copyOf(rows), (System.nanoTime() - started) / 1_000_000);
    }

    // ---- places: Villeurbanne (the demo's) gets 7 more neighbourhoods, a second town 10 ----

    private void places(Connection connection) throws SQLException {
        territoryOne = single(connection, "select id from territory where slug = 'villeurbanne'");
        demoCamille = single(connection, "select coalesce(max(id), 0) from resident where email = 'camille@demo.voisinage.test'");
        List<Long> existing = list(connection,
                "select id from neighbourhood where territory_id = " + territoryOne + " order by id");
        long territoryTwo = next(connection, "territory");
        try (Copy copy = new Copy(connection, "territory", "id", "slug", "name", "kind", "description", "created_at")) {
            copy.row(territoryTwo, "synthetique", "Synthèse-sur-Saône", "TOWN",
                    "Une ville inventée pour les tests de charge.", now);
        }
        neighbourhoodIds = new long[NEIGHBOURHOODS];
        centres = new double[NEIGHBOURHOODS][];
        long nextId = next(connection, "neighbourhood");
        try (Copy copy = new Copy(connection, "neighbourhood", "id", "territory_id", "slug", "name", "description",
                "perimeter_geojson", "created_at", "updated_at")) {
            for (int n = 0; n < NEIGHBOURHOODS; n++) {
                // the first ones are the demo's (Gratte-Ciel first); the others squares 1.1 km wide in a row
                boolean first = n < 10;
                double lon = (first ? 4.93 : 4.80) + (n % 10) * 0.015;
                double lat = first ? 45.79 : 45.95;
                centres[n] = new double[] {lon, lat};
                if (first && n < existing.size()) {
                    neighbourhoodIds[n] = existing.get(n);
                    centres[n] = centre(connection, existing.get(n));
                    continue;
                }
                neighbourhoodIds[n] = nextId++;
                String geojson = String.format(Locale.ROOT,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}",
                        lon - 0.007, lat - 0.005, lon + 0.007, lat - 0.005, lon + 0.007, lat + 0.005, lon - 0.007,
                        lat + 0.005, lon - 0.007, lat - 0.005);
                copy.row(neighbourhoodIds[n], first ? territoryOne : territoryTwo, "synth-" + (n + 1),
                        "Quartier " + (n + 1), "Un quartier synthétique pour les tests de charge.", geojson, now, now);
            }
        }
    }

    private double[] centre(Connection connection, long neighbourhood) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet centre = statement.executeQuery(
                "select (center(box(perimeter)))[0], (center(box(perimeter)))[1] from neighbourhood where id = "
                        + neighbourhood)) {
            centre.next();
            return new double[] {centre.getDouble(1), centre.getDouble(2)};
        }
    }

    // ---- residents: resident k lives in neighbourhood k % 20; rank k decides how active they are ----

    private void residents(Connection connection) throws SQLException {
        firstResident = next(connection, "resident");
        names = new String[scale];
        try (Copy copy = new Copy(connection, "resident", "id", "email", "display_name", "password_hash", "role",
                "status", "neighbourhood_id", "street_label", "locale", "email_confirmed_at", "verified_at",
                "created_at")) {
            for (int k = 0; k < scale; k++) {
                names[k] = FIRST_NAMES[k % FIRST_NAMES.length] + " " + (char) ('A' + (k / FIRST_NAMES.length) % 26) + ".";
                Instant joined = past(700);
                copy.row(residentId(k), email(k), names[k], passwordHash, "RESIDENT", "VERIFIED",
                        neighbourhoodIds[k % NEIGHBOURHOODS], (k % 97 + 1) + " rue des Tests", "fr", joined,
                        joined.plus(2, ChronoUnit.DAYS), joined);
            }
        }
    }

    /** The sign-in of synthetic resident k (rank 0 is the most active), password that of the demo. */
    public static String email(int k) {
        return "habitant" + k + "@synthetique.voisinage.test";
    }

    private long residentId(int k) {
        return firstResident + k;
    }

    /** A resident drawn with a steep skew: rank r's share falls like r^(-5/6). */
    private int active() {
        return (int) (scale * Math.pow(random.nextDouble(), 6));
    }

    /** A resident of the same neighbourhood as resident k, drawn with the same skew. */
    private int neighbourOf(int k) {
        int perNeighbourhood = Math.max(1, scale / NEIGHBOURHOODS);
        int rank = (int) (perNeighbourhood * Math.pow(random.nextDouble(), 3));
        int other = k % NEIGHBOURHOODS + NEIGHBOURHOODS * rank;
        return other < scale ? other : k;
    }

    // ---- listings: two per resident ----

    private void listings(Connection connection) throws SQLException {
        long id = next(connection, "listing");
        int[] radii = {0, 0, 1, 3, 10};
        try (Copy copy = new Copy(connection, "listing", "id", "author_id", "neighbourhood_id", "direction", "kind",
                "category", "title", "description", "radius_km", "expires_on", "created_at")) {
            for (int i = 0; i < scale * 2; i++) {
                int author = active();
                String thing = pick(THINGS);
                boolean offer = random.nextInt(3) > 0;
                Instant created = past(60);
                copy.row(id++, residentId(author), neighbourhoodIds[author % NEIGHBOURHOODS], offer ? "OFFER" : "REQUEST",
                        pick(LISTING_KINDS), pick(CATEGORIES), (offer ? "Je propose : " : "Je cherche : ") + thing,
                        "Bonjour les voisins, " + (offer ? "je peux prêter ou donner " : "quelqu'un aurait-il ")
                                + thing + " ? Disponible le soir et le week-end. Annonce n° " + i + ".",
                        radii[random.nextInt(radii.length)],
                        LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(1 + random.nextInt(60)), created);
            }
        }
    }

    // ---- initiatives: one per 20 residents, with initiators, members, needs, offers and comments ----

    private void initiatives(Connection connection) throws SQLException {
        int count = Math.max(NEIGHBOURHOODS, scale / 20);
        long initiative = next(connection, "initiative");
        long firstInitiative = initiative;
        int[] creators = new int[count];
        try (Copy copy = new Copy(connection, "initiative", "id", "neighbourhood_id", "title", "description",
                "summary", "theme", "status", "longitude", "latitude", "created_by", "carrier_name", "created_at",
                "last_activity_at")) {
            for (int i = 0; i < count; i++) {
                int creator = i < NEIGHBOURHOODS ? i : active();
                creators[i] = creator;
                int n = creator % NEIGHBOURHOODS;
                String title = pick(PROJECTS) + " n° " + i;
                String description = "Rejoignez-nous pour " + title.toLowerCase(Locale.ROOT)
                        + " : chacun apporte ce qu'il peut, on s'organise ensemble.";
                Instant created = past(200);
                copy.row(initiative++, neighbourhoodIds[n], title, description, description, pick(THEMES),
                        random.nextInt(4) == 0 ? "IDEA" : "ACTIVE", centres[n][0], centres[n][1], residentId(creator),
                        names[creator], created, past(10));
            }
        }
        Set<Long> members = new HashSet<>();
        long member = next(connection, "initiative_member");
        long comment = next(connection, "initiative_comment");
        try (Copy memberCopy = new Copy(connection, "initiative_member", "id", "initiative_id", "resident_id",
                "display_name", "role", "joined_at");
                Copy commentCopy = new Copy(connection, "initiative_comment", "id", "initiative_id", "author_id",
                        "author_name", "body", "created_at")) {
            for (int i = 0; i < count; i++) {
                members.add((firstInitiative + i) << 24 | creators[i]);
                memberCopy.row(member++, firstInitiative + i, residentId(creators[i]), names[creators[i]], "INITIATOR",
                        past(200));
            }
            // two comments per resident, most on a few lively initiatives; commenters join first
            for (int c = 0; c < scale * 2; c++) {
                int i = (int) (count * Math.pow(random.nextDouble(), 3));
                int author = neighbourOf(creators[i]);
                long initiativeId = firstInitiative + i;
                if (members.add(initiativeId << 24 | author)) {
                    memberCopy.row(member++, initiativeId, residentId(author), names[author], "MEMBER", past(100));
                }
                commentCopy.row(comment++, initiativeId, residentId(author), names[author],
                        "Bonne idée ! Je peux venir samedi, j'apporte " + pick(THINGS) + ". (" + c + ")", past(90));
            }
        }
        long need = next(connection, "initiative_need");
        long firstNeed = need;
        String[] kinds = {"SKILL", "MATERIAL", "PEOPLE"};
        try (Copy copy = new Copy(connection, "initiative_need", "id", "initiative_id", "kind", "label", "quantity",
                "created_at")) {
            for (int i = 0; i < count * 2; i++) {
                copy.row(need++, firstInitiative + i % count, kinds[i % 3], "Besoin : " + pick(THINGS),
                        1 + random.nextInt(5), past(100));
            }
        }
        long offer = next(connection, "initiative_offer");
        try (Copy copy = new Copy(connection, "initiative_offer", "id", "need_id", "initiative_id", "resident_id",
                "display_name", "quantity", "status", "created_at")) {
            for (int o = 0; o < scale / 5; o++) {
                int n = random.nextInt(count * 2);
                int author = neighbourOf(creators[n % count]);
                copy.row(offer++, firstNeed + n, firstInitiative + n % count, residentId(author), names[author], 1,
                        random.nextBoolean() ? "ACCEPTED" : "PENDING", past(60));
            }
        }
    }

    // ---- conversations: three for every four residents, ~4 messages each, and a few huge ones ----

    private void conversations(Connection connection) throws SQLException {
        long conversation = next(connection, "conversation");
        long message = next(connection, "message");
        Set<Long> pairs = new HashSet<>();
        try (Copy parent = new Copy(connection, "conversation", "id", "resident_low", "resident_high",
                "started_by", "created_at", "last_message_at", "low_read_message_id", "high_read_message_id");
                Copy messages = new Copy(connection, "message", "id", "conversation_id", "author_id", "body",
                        "sent_at").after(parent)) {
            int count = scale * 3 / 4;
            for (int c = 0; c < count; c++) {
                boolean huge = c < HUGE_CONVERSATIONS;
                long a;
                long b;
                if (huge) {
                    // the first one is Camille's (a demo account), with the most active synthetic resident
                    a = c == 0 && demoCamille > 0 ? demoCamille : residentId(c);
                    b = residentId(c == 0 ? 0 : c + NEIGHBOURHOODS);
                } else {
                    int k = active();
                    a = residentId(k);
                    b = residentId(neighbourOf(random.nextInt(scale)));
                }
                long low = Math.min(a, b);
                long high = Math.max(a, b);
                if (low == high || !pairs.add(low << 32 | high)) {
                    continue;
                }
                int length = huge ? HUGE_CONVERSATION_MESSAGES : 1 + (int) (12 * Math.pow(random.nextDouble(), 3));
                Instant[] sent = new Instant[length];
                Instant at = past(120);
                for (int m = 0; m < length; m++) {
                    at = at.plusSeconds(huge ? 300 : 1 + random.nextInt(3600));
                    sent[m] = at;
                }
                long first = message;
                long last = message + length - 1;
                // the conversation goes before its messages (their foreign key); most are read by both sides, one
                // in five leaves the last messages unread for one side
                parent.row(conversation, low, high, a, sent[0], sent[length - 1],
                        random.nextInt(5) == 0 ? first : last, last);
                for (int m = 0; m < length; m++) {
                    messages.row(message++, conversation, m % 2 == 0 ? a : b,
                            "Message " + (m + 1) + " : ça marche pour " + pick(THINGS) + " ?", sent[m]);
                }
                conversation++;
            }
        }
    }

    // ---- the agenda: one event per 20 residents, about ten RSVPs each ----

    private void agenda(Connection connection) throws SQLException {
        int count = Math.max(NEIGHBOURHOODS, scale / 20);
        long event = next(connection, "agenda_event");
        long rsvp = next(connection, "agenda_rsvp");
        try (Copy events = new Copy(connection, "agenda_event", "id", "neighbourhood_id", "title", "description",
                "starts_at", "ends_at", "place", "organiser_id", "visibility", "going_count", "created_at");
                Copy rsvps = new Copy(connection, "agenda_rsvp", "id", "event_id", "resident_id", "status",
                        "responded_at").after(events)) {
            for (int e = 0; e < count; e++) {
                int organiser = e < NEIGHBOURHOODS ? e : active();
                // most events within the next two months, some past
                Instant starts = now.plus(random.nextInt(90 * 24) - 30 * 24, ChronoUnit.HOURS);
                Set<Integer> answered = new TreeSet<>();
                int wanted = (int) (30 * Math.pow(random.nextDouble(), 2));
                for (int r = 0; r < wanted; r++) {
                    answered.add(neighbourOf(organiser));
                }
                List<Integer> goingOrNot = new ArrayList<>();
                int going = 0;
                for (int resident : answered) {
                    boolean goes = random.nextInt(5) > 0;
                    going += goes ? 1 : 0;
                    goingOrNot.add(goes ? resident : -resident - 1);
                }
                events.row(event, neighbourhoodIds[organiser % NEIGHBOURHOODS], pick(PROJECTS) + " : rendez-vous",
                        "Retrouvons-nous pour un moment convivial.", starts, starts.plus(2, ChronoUnit.HOURS),
                        "Place du marché", residentId(organiser), random.nextBoolean() ? "PUBLIC" : "MEMBERS", going,
                        past(40));
                for (int answer : goingOrNot) {
                    rsvps.row(rsvp++, event, residentId(answer >= 0 ? answer : -answer - 1),
                            answer >= 0 ? "GOING" : "NOT_GOING", past(20));
                }
                event++;
            }
        }
    }

    // ---- alerts: one per 50 residents, most of them expired ----

    private void alerts(Connection connection) throws SQLException {
        long alert = next(connection, "alert");
        try (Copy copy = new Copy(connection, "alert", "id", "author_id", "neighbourhood_id", "category", "what",
                "location", "happened", "advice", "created_at", "expires_at")) {
            for (int i = 0; i < Math.max(NEIGHBOURHOODS, scale / 50); i++) {
                int author = active();
                Instant created = past(60);
                copy.row(alert++, residentId(author), neighbourhoodIds[author % NEIGHBOURHOODS], pick(ALERT_CATEGORIES),
                        "Coupure signalée rue des Tests", "Rue des Tests", "Ce matin", "Prévoyez de l'eau.", created,
                        created.plus(2, ChronoUnit.DAYS));
            }
        }
    }

    // ---- pledges: residents of Villeurbanne on its open challenges (the counts kept on the row follow) ----

    private void pledges(Connection connection) throws SQLException {
        // below each goal, so that no challenge skips the state change reaching it would bring
        Map<Long, Long> room = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet open = statement.executeQuery(
                "select id, goal - online_pledges - offline_pledges - 1 from challenge where state = 'OPEN' "
                        + "and territory_id = " + territoryOne + " order by id")) {
            while (open.next()) {
                room.put(open.getLong(1), open.getLong(2));
            }
        }
        long pledge = next(connection, "challenge_pledge");
        try (Copy copy = new Copy(connection, "challenge_pledge", "id", "challenge_id", "resident_id", "pledged_at")) {
            for (Map.Entry<Long, Long> challenge : room.entrySet()) {
                long left = challenge.getValue();
                for (int k = 0; k < scale && left > 0; k++) {
                    if (k % NEIGHBOURHOODS < 10 && random.nextInt(4) == 0) {
                        copy.row(pledge++, challenge.getKey(), residentId(k), past(30));
                        left--;
                    }
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    update challenge c set online_pledges = (select count(*) from challenge_pledge p where p.challenge_id = c.id),
                        version = c.version + 1
                    where c.state = 'OPEN' and c.territory_id = %d""".formatted(territoryOne));
        }
    }

    // ---- follows: what verification gives every resident (as V112 did): their neighbourhood's announcements and alerts ----

    private void follows(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            rows.merge("follower", (long) statement.executeUpdate("""
                    insert into follower (resident_id, email, locale)
                    select r.id, r.email, r.locale from resident r where r.id >= %d
                    """.formatted(firstResident)), Long::sum);
            rows.merge("follow", (long) statement.executeUpdate("""
                    insert into follow (follower_id, topic_type, topic_id, frequency)
                    select f.id, topic.type, r.neighbourhood_id, topic.frequency
                    from resident r join follower f on f.resident_id = r.id
                    cross join (values ('announcements', 'DAILY'), ('alerts', 'IMMEDIATE')) as topic (type, frequency)
                    where r.id >= %d
                    """.formatted(firstResident)), Long::sum);
        }
    }

    // ---- notifications: an initiative's launch, as the initiative module tells it, to a share of residents ----

    private void notifications(Connection connection) throws SQLException {
        List<Long> initiatives = list(connection, "select id from initiative where created_by >= " + firstResident
                + " order by id");
        try (Copy copy = new Copy(connection, "followed_topic", "topic_type", "topic_id", "title", "path")) {
            for (long initiative : initiatives) {
                copy.row("initiative", initiative, "Initiative n° " + initiative, "/initiatives/" + initiative);
            }
        }
        long activity = next(connection, "topic_activity");
        long firstActivity = activity;
        try (Copy copy = new Copy(connection, "topic_activity", "id", "event_key", "topic_type", "topic_id", "kind",
                "message_key", "immediate", "occurred_at")) {
            for (long initiative : initiatives) {
                copy.row(activity++, "synthetic-" + initiative, "initiative", initiative, "state",
                        "initiative.activity.status.ACTIVE", true, past(30));
            }
        }
        long notification = next(connection, "notification");
        try (Copy copy = new Copy(connection, "notification", "id", "resident_id", "activity_id", "created_at",
                "read_at")) {
            Set<Long> once = new HashSet<>();
            for (int i = 0; i < scale; i++) {
                int resident = active();
                long activityId = firstActivity + random.nextInt(initiatives.size());
                if (once.add(activityId << 24 | resident)) {
                    Instant at = past(30);
                    copy.row(notification++, residentId(resident), activityId, at, random.nextBoolean() ? at : null);
                }
            }
        }
    }

    // ---- helpers ----

    private Instant past(int days) {
        return now.minusSeconds(random.nextLong(days * 86_400L));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new IllegalStateException("The synthetic population builds on the demo data: " + sql);
            }
            return result.getLong(1);
        }
    }

    private static List<Long> list(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        return ids;
    }

    /** The first free id of a table; table names here are constants of this class. */
    private static long next(Connection connection, String table) throws SQLException {
        return single(connection, "select coalesce(max(id), 0) + 1 from " + table);
    }

    /**
     * One table's COPY: rows are buffered as COPY text and sent a few MB at a time. Opening it checks the columns
     * against the schema; closing it sends the rest and moves the table's id sequence past the ids written.
     */
    private final class Copy implements AutoCloseable {

        private static final int FLUSH_AT = 4 << 20;
        private final Connection connection;
        private final String table;
        private final String sql;
        private final StringBuilder text = new StringBuilder(FLUSH_AT + 4096);
        private long written;
        /** A table whose rows these refer to: its buffered rows are sent first. */
        private Copy parent;

        Copy after(Copy parent) {
            this.parent = parent;
            return this;
        }

        Copy(Connection connection, String table, String... columns) throws SQLException {
            this.connection = connection;
            this.table = table;
            requireEveryMandatoryColumn(connection, table, List.of(columns));
            this.sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                Object value = values[i];
                if (value == null) {
                    text.append("\\N");
                } else if (value instanceof String string) {
                    escape(string);
                } else {
                    text.append(value);
                }
            }
            text.append('\n');
            written++;
            if (text.length() >= FLUSH_AT) {
                flush();
            }
        }

        private void escape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }

        private void flush() throws SQLException {
            if (parent != null) {
                parent.flush();
            }
            if (text.isEmpty()) {
                return;
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            text.setLength(0);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            rows.merge(table, written, Long::sum);
            if (!table.equals("followed_topic")) {
                moveSequencePastTheIdsWritten();
            }
        }

        private void moveSequencePastTheIdsWritten() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select coalesce(max(id), 1) from " + table + "))");
            }
        }
    }

    /** Every NOT NULL column without a default (nor generated) must be written: the schema says which. */
    private static void requireEveryMandatoryColumn(Connection connection, String table, List<String> columns)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ? and is_nullable = 'NO'
                  and column_default is null and is_generated = 'NEVER' and is_identity = 'NO'
                """)) {
            query.setString(1, table);
            try (ResultSet mandatory = query.executeQuery()) {
                while (mandatory.next()) {
                    if (!columns.contains(mandatory.getString(1))) {
                        throw new IllegalStateException("The synthetic " + table + " rows leave NOT NULL column "
                                + mandatory.getString(1) + " empty: give it a value in SyntheticPopulation");
                    }
                }
            }
        }
    }
}
