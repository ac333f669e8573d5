package org.voisinage.assisted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.directory.AddressImports;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.support.SessionCookies;
import org.voisinage.support.TestData;

/**
 * Assisted participation on the real database: staff of the territory create an assisted account at a dwelling
 * (verified by them, audited), record a pledge, an RSVP and a need on the person's behalf (each shown as entered by
 * staff, each audited), print the summary; the account receives no email and cannot sign in; given an email, the
 * person takes it over and signs in. Staff of another territory get 404; a refused form comes back filled.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AssistedAccountFlowTests {

    static final String ENTERED_BY_STAFF = "(saisi par l’équipe)";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired AddressImports imports;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    String postcode;
    long territory;
    long neighbourhood;
    long staff;
    long otherStaff;
    long organiser;
    long challenge;
    long event;

    /** A fresh town far from the other tests', a neighbourhood over its street; staff limited to its territory. */
    @BeforeEach
    void town() {
        postcode = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        String prefix = TestData.unique("as");
        double lon = ThreadLocalRandom.current().nextDouble(-120, -60);
        double lat = ThreadLocalRandom.current().nextDouble(-50, 50);
        territory = data.territory();
        neighbourhood = data.neighbourhood(territory, lon, lat, lon + 0.01, lat + 0.01);
        StringBuilder csv = new StringBuilder("id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat\n");
        for (int n = 1; n <= 5; n++) {
            csv.append("%s;%d;;Rue des Tilleuls;%s;99999;Testville;%s;%s\n".formatted(prefix + "_" + n, n, postcode,
                    lon + 0.005, lat + 0.001 * n));
        }
        assertThat(imports.importStream(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "assisted-test.csv", "test").rowsRejected()).isZero();

        staff = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staff, territory);
        otherStaff = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", otherStaff,
                data.territory());
        organiser = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);

        long action = jdbc.queryForObject("""
                insert into challenge_action (title, description, theme, status)
                values ('Composter', 'Un composteur par rue', 'WASTE', 'PUBLISHED') returning id""", Long.class);
        challenge = jdbc.queryForObject("""
                insert into challenge (action_id, title, target_name, target_kind, target_email, counter_commitment,
                                       territory_id, neighbourhood_id, goal, opens_on, deadline, state)
                values (?, 'Des composteurs', 'Ville', 'TOWN', 'mairie@test.voisinage.test', 'composteurs', ?, ?, 10,
                        current_date - 1, current_date + 30, 'OPEN') returning id""", Long.class,
                action, territory, neighbourhood);
        event = jdbc.queryForObject("""
                insert into agenda_event (neighbourhood_id, title, description, starts_at, ends_at, place, capacity,
                                          organiser_id, visibility)
                values (?, 'Apéro des voisins', 'Venez', now() + interval '10 days',
                        now() + interval '10 days 2 hours', 'La cour', 20, ?, 'PUBLIC') returning id""", Long.class,
                neighbourhood, organiser);
    }

    @Test
    void staffCreateAnAssistedAccountActForThePersonAndThePersonTakesItOver() throws Exception {
        // an address the directory does not know: refused on the field, what was typed comes back
        String refused = mvc.perform(post("/admin/assisted").with(csrf()).with(user(data.user(staff)))
                        .param("displayName", "Marcel Durand").param("number", "99").param("street", "Rue Inconnue")
                        .param("postcode", postcode).param("town", "Testville").param("flat", "Apt 3")
                        .param("language", "FR"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("value=\"Marcel Durand\"").contains("value=\"Rue Inconnue\"")
                .contains("value=\"Apt 3\"").contains("n’est pas dans l’annuaire");

        String created = mvc.perform(post("/admin/assisted").with(csrf()).with(user(data.user(staff)))
                        .param("displayName", "Marcel Durand").param("number", "2").param("street", "Rue des Tilleuls")
                        .param("postcode", postcode).param("town", "Testville").param("flat", "Apt 3")
                        .param("language", "FR"))
                .andExpect(redirectedUrlPattern("/admin/assisted/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForMap("select status, flat, neighbourhood_id, assisted_since is not null as assisted "
                + "from resident where id = ?", id))
                .containsEntry("status", "VERIFIED").containsEntry("flat", "Apt 3")
                .containsEntry("neighbourhood_id", neighbourhood).containsEntry("assisted", true);
        assertThat(jdbc.queryForObject("select count(*) from verification_audit where resident_id = ? and actor_id = ? "
                + "and method = 'STAFF_REVIEW' and outcome = 'VERIFIED'", Integer.class, id, staff)).isOne();

        // staff of another territory: as if it did not exist
        mvc.perform(get("/admin/assisted/{id}", id).with(user(data.user(otherStaff)))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/assisted/{id}/pledge", id).with(csrf()).with(user(data.user(otherStaff)))
                .param("challengeId", String.valueOf(challenge))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from challenge_pledge where resident_id = ?", Integer.class, id))
                .isZero();

        // on their behalf: a pledge, an RSVP, a need
        mvc.perform(post("/admin/assisted/{id}/pledge", id).with(csrf()).with(user(data.user(staff)))
                .param("challengeId", String.valueOf(challenge))).andExpect(redirectedUrl("/admin/assisted/" + id));
        mvc.perform(post("/admin/assisted/{id}/rsvp", id).with(csrf()).with(user(data.user(staff)))
                .param("eventId", String.valueOf(event)).param("going", "true"))
                .andExpect(redirectedUrl("/admin/assisted/" + id));
        String badNeed = mvc.perform(post("/admin/assisted/{id}/need", id).with(csrf()).with(user(data.user(staff)))
                        .param("title", "Un banc devant le 2").param("text", "").param("category", "BENCH"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(badNeed).contains("value=\"Un banc devant le 2\"");
        mvc.perform(post("/admin/assisted/{id}/need", id).with(csrf()).with(user(data.user(staff)))
                .param("title", "Un banc devant le 2").param("text", "Pour s’asseoir en rentrant des courses")
                .param("category", "BENCH")).andExpect(redirectedUrl("/admin/assisted/" + id));

        assertThat(jdbc.queryForObject("select entered_by from challenge_pledge where resident_id = ? and challenge_id = ?",
                Long.class, id, challenge)).isEqualTo(staff);
        assertThat(jdbc.queryForObject("select entered_by from agenda_rsvp where resident_id = ? and event_id = ?",
                Long.class, id, event)).isEqualTo(staff);
        long need = jdbc.queryForObject("select id from suggestion where author_id = ? and entered_by = ?", Long.class,
                id, staff);
        assertThat(jdbc.queryForList("select action from audit_trail where subject = ? and actor_id = ? order by id",
                String.class, "resident:" + id, staff))
                .containsExactly("assisted.create", "assisted.pledge", "assisted.rsvp", "assisted.need");

        // shown as entered by staff where the items appear
        assertThat(page(get("/agenda/evenements/{id}", event).with(user(data.user(organiser)))))
                .contains("Marcel Durand").contains(ENTERED_BY_STAFF);
        assertThat(page(get("/besoins/{id}", need).with(user(data.user(organiser))))).contains(ENTERED_BY_STAFF);
        assertThat(page(get("/admin/assisted/{id}", id).with(user(data.user(staff)))))
                .contains("Des composteurs").contains("Apéro des voisins").contains("Un banc devant le 2");
        byte[] pdf = mvc.perform(get("/admin/assisted/{id}/summary.pdf", id).with(user(data.user(staff))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // no email ever reaches an assisted account (the verification's "you are verified" included)
        String assistedEmail = jdbc.queryForObject("select email from resident where id = ?", String.class, id);
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Integer.class,
                assistedEmail)).isZero();

        // given an email: a link to it, the account stays assisted until the person uses it
        String email = TestData.unique("marcel") + "@test.voisinage.test";
        String takenRefused = page(post("/admin/assisted/{id}/takeover", id).with(csrf()).with(user(data.user(staff)))
                .param("takeoverEmail", data.emailOf(organiser)));
        assertThat(takenRefused).contains("Un autre compte utilise déjà cette adresse e-mail.");
        mvc.perform(post("/admin/assisted/{id}/takeover", id).with(csrf()).with(user(data.user(staff)))
                .param("takeoverEmail", email)).andExpect(redirectedUrl("/admin/assisted/" + id));
        Matcher link = Pattern.compile("/email/takeover\\?token=([A-Za-z0-9_-]+)")
                .matcher(OutboxDelivery.latestAsSentTo(context, email).textBody());
        assertThat(link.find()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Integer.class,
                link.group(1))).isZero();
        assertThat(jdbc.queryForObject("select assisted_since is not null from resident where id = ?", Boolean.class, id))
                .isTrue();

        mvc.perform(get("/email/takeover").param("token", link.group(1))).andExpect(status().isOk());
        mvc.perform(post("/email/takeover").with(csrf()).param("token", link.group(1)).param("password", "court"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/email/takeover").with(csrf()).param("token", link.group(1))
                .param("password", "mon nouveau secret à moi")).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForMap("select email, assisted_since from resident where id = ?", id))
                .containsEntry("email", email).containsEntry("assisted_since", null);
        Cookie[] signedIn = SessionCookies.signIn(mvc, email, "mon nouveau secret à moi", false);
        mvc.perform(get("/account").cookie(signedIn)).andExpect(status().isOk());
        // the link served once; the staff page is for assisted accounts only
        mvc.perform(post("/email/takeover").with(csrf()).param("token", link.group(1))
                .param("password", "mon nouveau secret à moi")).andExpect(status().isGone());
        mvc.perform(get("/admin/assisted/{id}", id).with(user(data.user(staff)))).andExpect(status().isNotFound());
    }

    @Test
    void staffLimitedToAnotherTerritoryCannotCreateAnAccountHereAndTheFormComesBackFilled() throws Exception {
        String refused = page(post("/admin/assisted").with(csrf()).with(user(data.user(otherStaff)))
                .param("displayName", "Jeanne").param("number", "3").param("street", "Rue des Tilleuls")
                .param("postcode", postcode).param("town", "Testville").param("flat", "").param("language", "FR"));
        assertThat(refused).contains("value=\"Jeanne\"").contains("territoire où vous n’agissez pas");
        assertThat(jdbc.queryForObject("select count(*) from resident where display_name = 'Jeanne' "
                + "and neighbourhood_id = ?", Integer.class, neighbourhood)).isZero();
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
