package org.voisinage.web;

import org.voisinage.common.PhotoUpload;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.voisinage.agenda.EventForm;
import org.voisinage.agenda.Events;
import org.voisinage.agenda.Visibility;
import org.voisinage.alert.AlertCategory;
import org.voisinage.alert.AlertForm;
import org.voisinage.alert.Alerts;
import org.voisinage.announcement.AnnouncementForm;
import org.voisinage.announcement.Announcements;
import org.voisinage.common.PhotosTests;
import org.voisinage.exchange.ListingCategory;
import org.voisinage.exchange.ListingDirection;
import org.voisinage.exchange.ListingDraft;
import org.voisinage.exchange.ListingKind;
import org.voisinage.exchange.ListingPublishing;
import org.voisinage.exchange.ObjectCondition;
import org.voisinage.common.PhotoUpload;
import org.voisinage.following.Follows;
import org.voisinage.following.Frequency;
import org.voisinage.initiative.CommentForm;
import org.voisinage.initiative.InitiativeForm;
import org.voisinage.initiative.InitiativeTheme;
import org.voisinage.initiative.InitiativeDiscussion;
import org.voisinage.initiative.InitiativeMembers;
import org.voisinage.initiative.InitiativeNeeds;
import org.voisinage.initiative.InitiativeNews;
import org.voisinage.initiative.Initiatives;
import org.voisinage.initiative.NeedForm;
import org.voisinage.initiative.NeedKind;
import org.voisinage.initiative.OfferForm;
import org.voisinage.messaging.ConversationStarting;
import org.voisinage.messaging.ExchangeCompletion;
import org.voisinage.messaging.MessageSending;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;
import org.voisinage.moderation.ReportReason;
import org.voisinage.moderation.Reports;
import org.voisinage.organisation.OrganisationKind;
import org.voisinage.organisation.Organisations;
import org.voisinage.profile.ProfileForm;
import org.voisinage.profile.Profiles;
import org.voisinage.profile.ThanksBook;
import org.voisinage.suggestion.SuggestionCategory;
import org.voisinage.suggestion.SuggestionForm;
import org.voisinage.suggestion.Suggestions;
import org.voisinage.support.TestData;

/**
 * Neighbourhood A with one real object of every content type (public and members-only, visible and hidden), made
 * through the modules' own services where they have one, and the eight people of the route matrix. Neighbourhood B
 * lies in another territory, far away: its resident and moderator are outsiders to everything of A.
 *
 * <p>Every text a resident or staff member types carries a hostile payload, and a tag telling who may read it:
 * {@link #MEMBERS} (members of A, their moderators and staff), {@link #HIDDEN} (moderators of A and staff),
 * {@link #PRIVATE} (the resident of A and Alice talking, staff), {@link #REPORTED} (a conversation of two neighbours
 * in which one reported a message: moderators of A and staff), {@link #UNLISTED} (the name of a resident who chose
 * not to be listed and wrote nothing: staff).
 */
final class MatrixFixtures {

    /** What a resident could type to attack the pages that show it. */
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    static final String JS_LINK = "[clic](javascript:alert(1))";
    static final String HOSTILE = " " + SCRIPT + " " + BREAKOUT;

    final String run = UUID.randomUUID().toString().substring(0, 6);
    final String MEMBERS = "MEMBERSONLY" + run;
    final String HIDDEN = "HIDDENTEXT" + run;
    final String PRIVATE = "PRIVATETEXT" + run;
    final String REPORTED = "REPORTEDTEXT" + run;
    final String PUBLIC = "PUBLICTEXT" + run;
    final String ORGANISERS = "ORGANISERSTEXT" + run;
    final String UNLISTED = "UNLISTEDNAME" + run;
    final String SECRET = "UNSHOWNSKILL" + run;
    /** The content of a members-only territory C: its members' and staff's only (of the eight: staff, the admin). */
    final String CLOSED = "CLOSEDTERRITORY" + run;

    enum Role { ANONYMOUS, PENDING, RESIDENT_A, RESIDENT_B, MODERATOR_A, MODERATOR_B, STAFF, ADMIN }

    /** Who may read each tagged text (staff read everything: the outbox, the moderation queue). */
    Map<String, java.util.Set<Role>> readers() {
        return Map.of(MEMBERS, java.util.EnumSet.of(Role.RESIDENT_A, Role.MODERATOR_A, Role.STAFF, Role.ADMIN),
                HIDDEN, java.util.EnumSet.of(Role.MODERATOR_A, Role.STAFF, Role.ADMIN),
                PRIVATE, java.util.EnumSet.of(Role.RESIDENT_A, Role.STAFF, Role.ADMIN),
                REPORTED, java.util.EnumSet.of(Role.MODERATOR_A, Role.STAFF, Role.ADMIN),
                ORGANISERS, java.util.EnumSet.of(Role.STAFF, Role.ADMIN),
                UNLISTED, java.util.EnumSet.of(Role.RESIDENT_A, Role.MODERATOR_A, Role.STAFF, Role.ADMIN),
                SECRET, java.util.EnumSet.of(Role.STAFF, Role.ADMIN),
                CLOSED, java.util.EnumSet.of(Role.STAFF, Role.ADMIN));
    }

    /**
     * Two more members of staff, limited to a territory: A's, and B's. They are not columns of the declarations:
     * what they must get is derived from the staff column (see RouteAccessMatrixTests#limitedStaffExpects).
     */
    enum LimitedStaff { STAFF_OF_A, STAFF_OF_B }

    final Map<LimitedStaff, UserDetails> limitedStaff = new EnumMap<>(LimitedStaff.class);

    final Map<Role, UserDetails> people = new EnumMap<>(Role.class);
    final Map<Role, Long> ids = new EnumMap<>(Role.class);
    /** Named ids the URLs are built from. */
    final Map<String, Object> objects = new LinkedHashMap<>();
    final List<Long> outboxBefore = new ArrayList<>();
    long firstOutboxId;

    private final TestData data;
    private final JdbcTemplate jdbc;

    MatrixFixtures(TestData data, JdbcTemplate jdbc) {
        this.data = data;
        this.jdbc = jdbc;
    }

    Object get(String name) {
        Object value = objects.get(name);
        if (value == null) {
            throw new IllegalStateException("no fixture named " + name);
        }
        return value;
    }

    long id(String name) {
        return ((Number) get(name)).longValue();
    }

    String text(String tag, String what) {
        return tag + " " + what + HOSTILE;
    }

    MatrixFixtures create(Services s) throws IOException {
        firstOutboxId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from outbox_email", Long.class);
        double lon = ThreadLocalRandom.current().nextDouble(60, 80);
        double lat = ThreadLocalRandom.current().nextDouble(-60, -45);
        long territory = data.territory();
        long a = data.neighbourhood(territory, lon, lat, lon + 0.01, lat + 0.01);
        long otherTerritory = data.territory();
        long b = data.neighbourhood(otherTerritory, lon + 3, lat + 3, lon + 3.01, lat + 3.01);
        objects.put("territory", territory);
        objects.put("territorySlug", jdbc.queryForObject("select slug from territory where id = ?", String.class, territory));
        objects.put("neighbourhood", a);
        objects.put("neighbourhoodSlug", data.slugOf(a));
        objects.put("neighbourhoodB", b);

        ids.put(Role.PENDING, data.resident("RESIDENT", "PENDING", a, null));
        ids.put(Role.RESIDENT_A, data.resident("RESIDENT", "VERIFIED", a, null));
        ids.put(Role.RESIDENT_B, data.resident("RESIDENT", "VERIFIED", b, null));
        ids.put(Role.MODERATOR_A, moderatorOf(a));
        ids.put(Role.MODERATOR_B, moderatorOf(b));
        ids.put(Role.STAFF, data.resident("STAFF", "VERIFIED", null, null));
        ids.put(Role.ADMIN, data.resident("ADMIN", "VERIFIED", null, null));
        for (var person : ids.entrySet()) {
            people.put(person.getKey(), data.user(person.getValue()));
        }
        for (LimitedStaff staff : LimitedStaff.values()) {
            long id = data.resident("STAFF", "VERIFIED", null, null);
            jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", id,
                    staff == LimitedStaff.STAFF_OF_A ? territory : otherTerritory);
            limitedStaff.put(staff, data.user(id));
        }
        long residentA = ids.get(Role.RESIDENT_A);

        // the authors of A's content: two neighbours, named with a payload
        long alice = data.resident("RESIDENT", "VERIFIED", a, null);
        long bob = data.resident("RESIDENT", "VERIFIED", a, null);
        long carol = data.resident("RESIDENT", "VERIFIED", a, null);
        jdbc.update("update resident set display_name = ? where id in (?, ?)", "Alice" + HOSTILE, alice, bob);
        jdbc.update("update resident set display_name = ? where id = ?", UNLISTED, carol);
        objects.put("alice", alice);
        objects.put("bob", bob);
        objects.put("unlisted", carol);
        objects.put("pending", ids.get(Role.PENDING));
        // staff verify or reject this one during the run, not the pending person of the matrix
        objects.put("pendingOther", data.resident("RESIDENT", "PENDING", a, null));
        // an assisted account of A (made by staff for a resident without email)
        long assisted = data.resident("RESIDENT", "VERIFIED", a, null);
        jdbc.update("update resident set assisted_since = now() where id = ?", assisted);
        objects.put("assisted", assisted);
        s.profiles.saveSettings(alice, new ProfileForm(true, text(PUBLIC, "skills"), text(PUBLIC, "interests"), true, true));
        s.profiles.saveSettings(carol, new ProfileForm(false, text(SECRET, "skills"), "", false, false));
        // residents of A follow its alerts at once (emails and notifications)
        s.follows.follow(residentA, Alerts.topic(a), Frequency.IMMEDIATE);
        s.follows.follow(alice, Alerts.topic(a), Frequency.IMMEDIATE);

        // challenges (public), one hidden
        long action = jdbc.queryForObject("""
                insert into challenge_action (title, description, theme, status)
                values (?, ?, 'WASTE', 'PUBLISHED') returning id""", Long.class, text(PUBLIC, "action"),
                text(PUBLIC, "action description " + JS_LINK));
        long proposed = jdbc.queryForObject("""
                insert into challenge_action (title, description, theme, status)
                values (?, ?, 'WASTE', 'PROPOSED') returning id""", Long.class, text(PUBLIC, "proposed"),
                text(PUBLIC, "proposal"));
        objects.put("action", proposed);
        objects.put("publishedAction", action);
        objects.put("challenge", challenge(action, territory, a, text(PUBLIC, "Défi")));
        objects.put("challengeHidden", challenge(action, territory, a, text(HIDDEN, "Défi")));

        // agenda
        LocalDate day = LocalDate.now().plusDays(10);
        objects.put("event", s.events.create(new EventForm(text(PUBLIC, "Apéro"), "Venez **nombreux** [plan](https://example.org/plan)\nX-INJECTED:1", day,
                LocalTime.of(18, 0), day, LocalTime.of(20, 0), text(PUBLIC, "place"), null, 20, Visibility.PUBLIC,
                null, null, null), alice));
        objects.put("eventMembers", s.events.create(new EventForm(text(MEMBERS, "Réunion"), "Entre nous",
                day, LocalTime.of(18, 0), day, LocalTime.of(20, 0), text(MEMBERS, "place"), null, 20,
                Visibility.MEMBERS, null, null, null), alice));
        objects.put("eventHidden", s.events.create(new EventForm(text(HIDDEN, "Fête"), "Cachée", day,
                LocalTime.of(18, 0), day, LocalTime.of(20, 0), text(HIDDEN, "place"), null, 20, Visibility.PUBLIC,
                null, null, null), alice));

        // alerts (members of A only), one hidden
        objects.put("alert", s.alerts.raise(alice, new AlertForm(AlertCategory.LOST_PET, text(MEMBERS, "what"),
                text(MEMBERS, "where"), text(MEMBERS, "when"), text(MEMBERS, "advice"), text(MEMBERS, "behaviour"),
                text(MEMBERS, "clothing"))));
        objects.put("alertHidden", s.alerts.raise(bob, new AlertForm(AlertCategory.FOUND_PET, text(HIDDEN, "what"),
                text(HIDDEN, "where"), text(HIDDEN, "when"), text(HIDDEN, "advice"), "", "")));

        // announcements to A
        long staff = ids.get(Role.STAFF);
        objects.put("announcement", s.announcements.publish(staff, new AnnouncementForm(text(MEMBERS, "Travaux"),
                text(MEMBERS, "body " + JS_LINK), null, List.of(a), false, null)));
        objects.put("announcementHidden", s.announcements.publish(staff, new AnnouncementForm(text(HIDDEN, "Retirée"),
                text(HIDDEN, "body"), null, List.of(a), false, null)));
        s.announcements.unpublish(id("announcementHidden"), staff);

        // listings with photos, one hidden
        MockMultipartFile photo = new MockMultipartFile("photos", "a.png", "image/png", PhotosTests.image("png", 40, 30));
        objects.put("listing", s.listings.publish(alice, listing(text(MEMBERS, "Perceuse"), photo)));
        objects.put("listingHidden", s.listings.publish(bob, listing(text(HIDDEN, "Scie"), photo)));
        objects.put("photo", jdbc.queryForObject("select file_name from listing_photo where listing_id = ? limit 1",
                String.class, id("listing")));
        // bob asks to borrow alice's object: only alice decides, only bob cancels
        objects.put("booking", jdbc.queryForObject("""
                insert into listing_booking (listing_id, borrower_id, starts_on, ends_on, status, created_at)
                values (?, ?, current_date + 10, current_date + 12, 'REQUESTED', now()) returning id""", Long.class,
                id("listing"), bob));

        // an initiative with a need, an offer, comments and news; one hidden initiative
        long initiative = s.initiatives.launching().propose(alice, new InitiativeForm(text(PUBLIC, "Jardin"),
                text(PUBLIC, "description " + JS_LINK), InitiativeTheme.ECOLOGY, null, null, null, null,
                text(PUBLIC, "place")));
        objects.put("initiative", initiative);
        s.initiatives.members().join(initiative, bob);
        s.initiatives.members().join(initiative, residentA);
        long need = s.initiatives.needs().addNeed(initiative, alice, new NeedForm(NeedKind.MATERIAL, text(PUBLIC, "need"), 3, null));
        objects.put("need", need);
        objects.put("offer", s.initiatives.needs().offer(initiative, need, bob, new OfferForm(1, text(ORGANISERS, "offer"))));
        objects.put("comment", s.initiatives.discussion().comment(initiative, bob, new CommentForm(text(MEMBERS, "comment " + JS_LINK))));
        objects.put("commentHidden", s.initiatives.discussion().comment(initiative, bob, new CommentForm(text(HIDDEN, "comment"))));
        objects.put("update", s.initiatives.news().postUpdate(initiative, alice, new CommentForm(text(PUBLIC, "news " + JS_LINK))));
        objects.put("initiativeHidden", s.initiatives.launching().propose(bob, new InitiativeForm(text(HIDDEN, "Caché"),
                text(HIDDEN, "description"), InitiativeTheme.SOCIAL, null, null, null, null, null)));

        // needs of the neighbourhood (suggestions), one hidden
        objects.put("suggestion", s.suggestions.raise(alice, new SuggestionForm(text(MEMBERS, "Banc"),
                text(MEMBERS, "text"), SuggestionCategory.BENCH, text(MEMBERS, "building"))));
        objects.put("suggestionHidden", s.suggestions.raise(bob, new SuggestionForm(text(HIDDEN, "Lampadaire"),
                text(HIDDEN, "text"), SuggestionCategory.LIGHTING, "")));

        // a poll asking the residents of A (members only), its results shown live
        long poll = jdbc.queryForObject("""
                insert into poll (audience, territory_id, neighbourhood_id, question, multiple_choice, live_results,
                                  ends_at, created_at)
                values ('NEIGHBOURHOOD', ?, ?, ?, false, true, now() + interval '7 days', now()) returning id""",
                Long.class, territory, a, text(MEMBERS, "Sondage"));
        jdbc.update("insert into poll_option (poll_id, position, label) values (?, 0, ?), (?, 1, ?)",
                poll, text(MEMBERS, "oui"), poll, text(MEMBERS, "non"));
        objects.put("poll", poll);

        // organisations (public pages), a deal, recommendations, a local professional; one hidden organisation
        String slug = TestData.unique("org");
        long organisation = s.organisations.register(territory, a, OrganisationKind.ASSOCIATION,
                text(PUBLIC, "Asso"), slug, text(PUBLIC, "description " + JS_LINK));
        s.organisations.addMember(organisation, alice);
        objects.put("organisation", organisation);
        objects.put("organisationSlug", slug);
        objects.put("deal", s.organisations.publishDeal(organisation, text(PUBLIC, "Bon plan"), text(PUBLIC, "deal"),
                LocalDate.now(), LocalDate.now().plusDays(5), alice));
        s.organisations.recommend(organisation, bob, text(MEMBERS, "recommendation"));
        objects.put("recommendation", jdbc.queryForObject(
                "select id from recommendation where organisation_id = ? and resident_id = ?", Long.class, organisation, bob));
        String hiddenSlug = TestData.unique("org");
        objects.put("organisationHidden", s.organisations.register(territory, a, OrganisationKind.SHOP,
                text(HIDDEN, "Boutique"), hiddenSlug, text(HIDDEN, "description")));
        objects.put("organisationHiddenSlug", hiddenSlug);
        objects.put("professional", jdbc.queryForObject("""
                insert into local_professional (territory_id, neighbourhood_id, name, trade, created_by, created_at)
                values (?, ?, ?, ?, ?, now()) returning id""", Long.class, territory, a, text(MEMBERS, "Plombier"), "plombier", bob));
        jdbc.update("""
                insert into recommendation (resident_id, professional_id, text, created_at)
                values (?, ?, ?, now())""", bob, id("professional"), text(MEMBERS, "pro recommendation"));

        // conversations: the resident of A asks Alice about her listing; Bob and Alice talk, Alice reports Bob
        long conversation = s.conversations.start(residentA, "listing", id("listing"), null, text(PRIVATE, "Bonjour"));
        s.messages.send(conversation, alice, text(PRIVATE, "Oui"));
        s.exchanges.markDone(conversation, alice, true);
        s.exchanges.confirm(conversation, residentA);
        objects.put("conversation", conversation);
        long other = s.conversations.start(bob, null, null, alice, text(REPORTED, "Salut"));
        long message = s.messages.send(other, bob, text(REPORTED, "Un message signalé")).id();
        objects.put("conversationOther", other);
        objects.put("message", message);
        // a thanks, from Alice to the resident of A after their exchange (recorded by a listener, after commit)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from completed_exchange where conversation_id = ?", Long.class, conversation) == 1);
        objects.put("thanks", s.thanks.thank(conversation, alice, text(PUBLIC, "Merci")));

        // hide what should be hidden, through each module's moderation
        hide(s, ContentType.CHALLENGE, "challengeHidden");
        hide(s, ContentType.EVENT, "eventHidden");
        hide(s, ContentType.ALERT, "alertHidden");
        hide(s, ContentType.LISTING, "listingHidden");
        hide(s, ContentType.COMMENT, "commentHidden");
        hide(s, ContentType.INITIATIVE, "initiativeHidden");
        hide(s, ContentType.NEED, "suggestionHidden");
        hide(s, ContentType.ORGANISATION, "organisationHidden");

        // moderation: reports make cases (a listing and a message); an appeal of A
        s.reports.report(bob, new ContentRef(ContentType.LISTING, id("listing")), ReportReason.OFFENSIVE,
                text(MEMBERS, "report details"));
        s.reports.report(alice, new ContentRef(ContentType.MESSAGE, message), ReportReason.OFFENSIVE,
                text(REPORTED, "report details"));
        objects.put("case", jdbc.queryForObject("select id from moderation_case where content_type = 'LISTING' "
                + "and content_id = ?", Long.class, id("listing")));
        objects.put("caseMessage", jdbc.queryForObject("select id from moderation_case where content_type = 'MESSAGE' "
                + "and content_id = ?", Long.class, message));
        objects.put("appeal", jdbc.queryForObject("""
                insert into moderation_appeal (email, resident_id, neighbourhood_id, text, status, created_at)
                values (?, ?, ?, ?, 'OPEN', now()) returning id""", Long.class, data.emailOf(bob), bob, a,
                text(MEMBERS, "Pardon")));

        // staff-side rows
        objects.put("addressImport", jdbc.queryForObject("""
                insert into address_import (file_name, status) values (?, 'COMPLETED') returning id""", Long.class,
                "adresses" + HOSTILE + ".csv"));
        objects.put("digestRun", jdbc.queryForObject("""
                insert into digest_run (period_kind, period_start, period_end, finished_at)
                values ('DAILY', current_date - 1, now(), now()) returning id""", Long.class));
        objects.put("notification", jdbc.query("select id from notification where resident_id = ? order by id desc",
                (rs, i) -> rs.getLong(1), residentA).stream().findFirst().orElse(999_999_999L));
        objects.put("outbox", jdbc.queryForObject("select max(id) from outbox_email", Long.class));
        // a webhook endpoint of territory A (issue 16) and one of its deliveries
        long webhook = jdbc.queryForObject("""
                insert into webhook_endpoint (territory_id, url, description, event_types, sealed_secret, created_at)
                values (?, 'https://partner.example/hook', ?, 'CHALLENGE_GOAL_REACHED', 'sealed', now())
                returning id""", Long.class, territory, text(MEMBERS, "partner"));
        objects.put("webhook", webhook);
        objects.put("webhookDelivery", jdbc.queryForObject("""
                insert into webhook_delivery (endpoint_id, message_id, event_type, payload, status, attempts, created_at)
                values (?, 'msg_matrix', 'PING', '{}', 'FAILED', 6, now()) returning id""", Long.class, webhook));

        // a members-only territory C and its public content: no one of the eight but staff may see any of it
        long closedTerritory = data.territory();
        jdbc.update("update territory set members_only = true where id = ?", closedTerritory);
        long c = data.neighbourhood(closedTerritory, lon - 3, lat - 3, lon - 2.99, lat - 2.99);
        long memberOfC = data.resident("RESIDENT", "VERIFIED", c, null);
        objects.put("closedTerritorySlug", jdbc.queryForObject("select slug from territory where id = ?", String.class,
                closedTerritory));
        objects.put("closedNeighbourhoodSlug", data.slugOf(c));
        objects.put("closedChallenge", challenge(action, closedTerritory, c, text(CLOSED, "Défi")));
        objects.put("closedEvent", s.events.create(new EventForm(text(CLOSED, "Apéro"), CLOSED + " Ouvert", day,
                LocalTime.of(18, 0), day, LocalTime.of(20, 0), text(CLOSED, "place"), null, 20, Visibility.PUBLIC,
                null, null, null), memberOfC));
        objects.put("closedInitiative", s.initiatives.launching().propose(memberOfC, new InitiativeForm(
                text(CLOSED, "Jardin"), text(CLOSED, "description"), InitiativeTheme.ECOLOGY, null, null, null, null,
                null)));
        String closedSlug = TestData.unique("org");
        objects.put("closedOrganisation", s.organisations.register(closedTerritory, c, OrganisationKind.SHOP,
                text(CLOSED, "Boutique"), closedSlug, text(CLOSED, "description")));
        // their names are public (as their sign-up pages are), unlike what they hold: not named "closed..."
        objects.put("membersOnlyTerritory", closedTerritory);
        objects.put("membersOnlyNeighbourhood", c);
        // the same territory where what is asked is what it holds (its trends): for its members and staff only
        objects.put("closedTerritory", closedTerritory);
        objects.put("closedOrganisationSlug", closedSlug);
        return this;
    }

    /** A partner's application token of this territory (issue 16), made as the staff pages make one. */
    static String applicationToken(JdbcTemplate jdbc, long territory, long staff) {
        String token = "vsn_matrix" + UUID.randomUUID().toString().replace("-", "");
        try {
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            long id = jdbc.queryForObject("""
                    insert into api_token (kind, name, token_hash, hint, created_by)
                    values ('APPLICATION', 'Matrix partner', ?, 'vsn_matr', ?) returning id""", Long.class, hash,
                    staff);
            jdbc.update("insert into api_token_territory (token_id, territory_id) values (?, ?)", id, territory);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    private void hide(Services s, ContentType type, String name) {
        s.moderated.stream().filter(m -> m.type() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("no moderation for " + type))
                .hide(id(name), text(HIDDEN, "reason"));
    }

    private long challenge(long action, long territory, long neighbourhood, String title) {
        return jdbc.queryForObject("""
                insert into challenge (action_id, title, target_name, target_kind, target_email, counter_commitment,
                                       territory_id, neighbourhood_id, goal, opens_on, deadline, state)
                values (?, ?, ?, 'TOWN', 'mairie@test.voisinage.test', ?, ?, ?, 10, current_date - 1,
                        current_date + 30, 'OPEN') returning id""", Long.class,
                action, title, "Ville" + HOSTILE, "composteurs" + HOSTILE, territory, neighbourhood);
    }

    private long moderatorOf(long neighbourhood) {
        long id = data.resident("MODERATOR", "VERIFIED", neighbourhood, null);
        jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)", id, neighbourhood);
        return id;
    }

    private static ListingDraft listing(String title, MockMultipartFile photo) {
        return new ListingDraft(ListingDirection.OFFER, ListingKind.LEND, ListingCategory.TOOLS, title,
                title + " description " + JS_LINK, "le soir" + HOSTILE, null, 0, "", "", null, null, null, List.of(),
                ObjectCondition.GOOD, 14, "", null, List.of(new PhotoUpload(photo.getSize(), photo)));
    }

    /** The modules' services the fixtures are made with. */
    record Services(Events events, Alerts alerts, Announcements announcements, ListingPublishing listings,
            InitiativeServices initiatives, Suggestions suggestions, Organisations organisations, ConversationStarting conversations,
            MessageSending messages, ExchangeCompletion exchanges,
            ThanksBook thanks, Profiles profiles, Follows follows, Reports reports, List<ModeratedContent> moderated) {

        static Services of(org.springframework.context.ApplicationContext context) {
            return new Services(context.getBean(Events.class), context.getBean(Alerts.class),
                    context.getBean(Announcements.class), context.getBean(ListingPublishing.class),
                    InitiativeServices.of(context), context.getBean(Suggestions.class),
                    context.getBean(Organisations.class), context.getBean(ConversationStarting.class),
                    context.getBean(MessageSending.class), context.getBean(ExchangeCompletion.class),
                    context.getBean(ThanksBook.class), context.getBean(Profiles.class), context.getBean(Follows.class),
                    context.getBean(Reports.class),
                    List.copyOf(context.getBeansOfType(ModeratedContent.class).values()));
        }
    }

    /** The initiative module's services, one per use-case. */
    record InitiativeServices(Initiatives launching, InitiativeMembers members, InitiativeNeeds needs,
            InitiativeDiscussion discussion, InitiativeNews news) {

        static InitiativeServices of(org.springframework.context.ApplicationContext context) {
            return new InitiativeServices(context.getBean(Initiatives.class), context.getBean(InitiativeMembers.class),
                    context.getBean(InitiativeNeeds.class), context.getBean(InitiativeDiscussion.class),
                    context.getBean(InitiativeNews.class));
        }
    }
}
