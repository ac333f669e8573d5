package org.voisinage.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.account.Residents;
import org.voisinage.alert.Alerts;
import org.voisinage.following.Follows;
import org.voisinage.following.Frequency;
import org.voisinage.notification.Outbox;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.TestData;

/** Announcements: staff pages, the residents' home (pinned first, expired gone), emails through following. */
class AnnouncementTests extends MailTestSupport {

    @Autowired MockMvc mvc;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired TestData data;
    @Autowired Announcements announcements;
    @Autowired Follows follows;
    @Autowired Residents residents;
    @Autowired Outbox outbox;
    @Autowired JdbcTemplate jdbc;

    long territory;
    long here;
    long elsewhere;
    long resident;
    long staff;

    @BeforeEach
    void place() {
        territory = data.territory();
        double lon = -120 + ThreadLocalRandom.current().nextDouble(10);
        double lat = -55 + ThreadLocalRandom.current().nextDouble(10);
        here = data.neighbourhood(territory, lon, lat, lon + 0.001, lat + 0.001);
        elsewhere = data.neighbourhood(data.territory(), lon + 0.002, lat, lon + 0.003, lat + 0.001);
        resident = data.resident("RESIDENT", "VERIFIED", here, null);
        staff = data.resident("STAFF", "VERIFIED", null, null);
    }

    @Test
    void staffPublishAndImmediateFollowersAreEmailedAtOnce() throws Exception {
        follows.follow(resident, Announcements.topic(here), Frequency.IMMEDIATE);
        String title = TestData.unique("Relevé des compteurs");
        mvc.perform(post("/admin/annonces").with(user(data.user(staff))).with(csrf())
                        .param("title", title).param("body", "Le technicien passe **lundi**.")
                        .param("territoryId", Long.toString(territory)).param("pinned", "true"))
                .andExpect(status().is3xxRedirection());
        String email = data.emailOf(resident);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(outbox.latestTo(email))
                .hasValueSatisfying(m -> assertThat(m.textBody()).contains(title)));
        // and delivered over SMTP
        org.voisinage.notification.OutboxDelivery.sendDue(context);
        assertThat(smtp.getReceivedMessagesForDomain(email)).anySatisfy(m -> assertThat(m.getSubject()).isNotBlank());
        assertThat(jdbc.queryForObject("select count(*) from audit_trail where action = 'announcement.publish' and actor_id = ?",
                Long.class, staff)).isEqualTo(1);
    }

    @Test
    void theHomeShowsTheNeighbourhoodsLiveAnnouncementsPinnedFirstExpiredGone() throws Exception {
        long plain = announcements.publish(staff, form("Plain " + TestData.unique("a"), List.of(here), false));
        long pinned = announcements.publish(staff, form("Pinned " + TestData.unique("a"), List.of(here), true));
        long expired = announcements.publish(staff, form("Expired " + TestData.unique("a"), List.of(here), true));
        jdbc.update("update announcement set expires_at = now() - interval '1 hour' where id = ?", expired);
        long unpublished = announcements.publish(staff, form("Withdrawn " + TestData.unique("a"), List.of(here), true));
        mvc.perform(post("/admin/annonces/" + unpublished + "/retrait").with(user(data.user(staff))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long other = announcements.publish(staff, form("Other " + TestData.unique("a"), List.of(elsewhere), true));

        String home = mvc.perform(get("/").with(user(data.user(resident))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("/annonces/" + pinned + "\"", "/annonces/" + plain + "\"")
                .doesNotContain("/annonces/" + expired + "\"", "/annonces/" + unpublished + "\"", "/annonces/" + other + "\"");
        assertThat(home.indexOf("/annonces/" + pinned + "\"")).isLessThan(home.indexOf("/annonces/" + plain + "\""));
        mvc.perform(get("/annonces/" + other).with(user(data.user(resident)))).andExpect(status().isNotFound());
        mvc.perform(get("/annonces/" + expired).with(user(data.user(resident)))).andExpect(status().isNotFound());
        mvc.perform(get("/annonces").with(user(data.user(resident)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/annonces/" + pinned + "\"")));
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/annonces/" + pinned + "\""))));
    }

    @Test
    void badStaffInputIsAClearMessageNeverAServerError() throws Exception {
        mvc.perform(post("/admin/annonces").with(user(data.user(staff))).with(csrf())
                        .param("title", "Sans destinataire").param("body", "Texte"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez un territoire ou au moins un quartier")));
        mvc.perform(post("/admin/annonces").with(user(data.user(staff))).with(csrf())
                        .param("title", "").param("body", "Texte").param("neighbourhoodIds", "abc")
                        .param("expiresOn", "pas une date"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("field__error")));
        mvc.perform(post("/admin/annonces").with(user(data.user(staff))).with(csrf())
                        .param("title", "Passée").param("body", "Texte").param("neighbourhoodIds", Long.toString(here))
                        .param("expiresOn", "2001-01-01"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("déjà passée")));
        mvc.perform(post("/admin/annonces").with(user(data.user(staff))).with(csrf())
                        .param("title", "Inconnu").param("body", "Texte").param("neighbourhoodIds", "999999999"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/annonces/999999999").with(user(data.user(staff)))).andExpect(status().isNotFound());
    }

    @Test
    void staffPagesAreStaffOnly() throws Exception {
        mvc.perform(get("/admin/annonces").with(user(data.user(resident)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/annonces").with(user(data.user(staff)))).andExpect(status().isOk());
        mvc.perform(get("/admin/annonces/new").with(user(data.user(staff)))).andExpect(status().isOk());
        long id = announcements.publish(staff, form("Edit " + TestData.unique("a"), List.of(here), false));
        mvc.perform(get("/admin/annonces/" + id).with(user(data.user(staff)))).andExpect(status().isOk());
        mvc.perform(post("/admin/annonces/" + id).with(user(data.user(staff))).with(csrf())
                        .param("title", "Corrigé").param("body", "Texte").param("neighbourhoodIds", Long.toString(here)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/annonces")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aNewlyVerifiedResidentFollowsAnnouncementsDailyAndAlertsAtOnce() {
        long pending = data.resident("RESIDENT", "PENDING", here, null);
        residents.verify(pending, "test");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(follows.frequency(pending, Announcements.topic(here))).contains(Frequency.DAILY);
            assertThat(follows.frequency(pending, Alerts.topic(here))).contains(Frequency.IMMEDIATE);
        });
    }

    private static AnnouncementForm form(String title, List<Long> neighbourhoods, boolean pinned) {
        return new AnnouncementForm(title, "Texte", null, neighbourhoods, pinned, null);
    }
}
