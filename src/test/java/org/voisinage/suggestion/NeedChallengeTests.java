package org.voisinage.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.challenge.ActionForm;
import org.voisinage.challenge.Actions;
import org.voisinage.challenge.Theme;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.TestData;

/**
 * Needs that become challenges: the territory's threshold, staff of the territory only, the supporters (and author) as
 * first pledgers each told and free to withdraw, the need and the challenge naming each other, bad input kept.
 */
class NeedChallengeTests extends MailTestSupport {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Suggestions suggestions;
    @Autowired Actions actions;
    @Autowired JdbcTemplate jdbc;

    long territory;
    long here;
    long author;
    long supporter;
    long otherSupporter;
    long staff;
    long staffElsewhere;
    long action;
    long need;

    @BeforeEach
    void place() {
        territory = data.territory();
        here = data.twoNeighbourhoods(territory, -160, -70)[0];
        author = data.resident("RESIDENT", "VERIFIED", here, null);
        supporter = data.resident("RESIDENT", "VERIFIED", here, null);
        otherSupporter = data.resident("RESIDENT", "VERIFIED", here, null);
        staff = data.resident("STAFF", "VERIFIED", null, null);
        staffElsewhere = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staffElsewhere,
                data.territory());
        action = actions.createPublished(new ActionForm(TestData.unique("Trier"), "Trier ses biodéchets", Theme.WASTE));
        need = suggestions.raise(author, new SuggestionForm("Des bacs à compost " + TestData.unique("b"),
                "Il n'y en a aucun dans la résidence.", SuggestionCategory.values()[0], null));
        suggestions.support(need, supporter);
        suggestions.support(need, otherSupporter);
    }

    private MockHttpServletRequestBuilder turn(long staffId, String... overrides) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("actionId", String.valueOf(action));
        params.put("title", "Des bacs à compost pour la résidence");
        params.put("targetName", "Bailleur Habitat");
        params.put("targetKind", "COMPANY");
        params.put("targetEmail", "bailleur@example.org");
        params.put("counterCommitment", "installe trois bacs à compost");
        // what staff might type about where and when: replaced by the need's neighbourhood and today
        params.put("scope", "t-999");
        params.put("goal", "20");
        params.put("opensOn", LocalDate.now().plusDays(5).toString());
        params.put("deadline", LocalDate.now().plusMonths(2).toString());
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder post = post("/admin/besoins/" + need + "/defi").with(user(data.user(staffId)))
                .with(csrf());
        params.forEach(post::param);
        return post;
    }

    private void threshold(int supports) throws Exception {
        mvc.perform(post("/admin/besoins/seuils/" + territory).with(user(data.user(staff))).with(csrf())
                .param("supports", String.valueOf(supports))).andExpect(status().is3xxRedirection());
    }

    @Test
    void aNeedIsTurnedOnlyOnceItsSupportsReachTheTerritorysThreshold() throws Exception {
        // no threshold set: never
        mvc.perform(get("/admin/besoins/" + need).with(user(data.user(staff))))
                .andExpect(content().string(containsString("Aucun seuil de soutiens")));
        mvc.perform(turn(staff)).andExpect(status().isConflict());
        threshold(3);
        mvc.perform(turn(staff)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("pas encore assez de soutiens")));
        // staff of another territory may neither set it nor turn the need
        mvc.perform(post("/admin/besoins/seuils/" + territory).with(user(data.user(staffElsewhere))).with(csrf())
                .param("supports", "1")).andExpect(status().isNotFound());
        mvc.perform(turn(staffElsewhere)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/besoins/" + need + "/defi").with(user(data.user(staffElsewhere))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from challenge where need_id = ?", Long.class, need)).isZero();
    }

    @Test
    void theSupportersBecomeItsFirstPledgersEachToldAndFreeToWithdraw() throws Exception {
        threshold(2);
        mvc.perform(get("/admin/besoins/" + need + "/defi").with(user(data.user(staff))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Des bacs à compost")));
        String location = mvc.perform(turn(staff)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/defis/*")).andReturn().getResponse().getRedirectedUrl();
        long challenge = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // open today in the need's neighbourhood whatever was typed, its author and supporters pledged
        var row = jdbc.queryForMap("select state, neighbourhood_id, opens_on, online_pledges, need_id from challenge where id = ?",
                challenge);
        assertThat(row.get("state")).isEqualTo("OPEN");
        assertThat(((Number) row.get("neighbourhood_id")).longValue()).isEqualTo(here);
        assertThat(row.get("opens_on").toString()).isEqualTo(LocalDate.now().toString());
        assertThat(((Number) row.get("online_pledges")).intValue()).isEqualTo(3);
        assertThat(jdbc.queryForList("select resident_id from challenge_pledge where challenge_id = ?", Long.class,
                challenge)).containsExactlyInAnyOrder(author, supporter, otherSupporter);
        // the need and the challenge name each other
        mvc.perform(get("/besoins/" + need).with(user(data.user(supporter))))
                .andExpect(content().string(containsString("/defis/" + challenge)));
        mvc.perform(get("/defis/" + challenge)).andExpect(content().string(containsString("/besoins/" + need)));
        // each told, in the app and by email
        for (long told : new long[] {author, supporter, otherSupporter}) {
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                    select count(*) from notification n join topic_activity a on a.id = n.activity_id
                    where n.resident_id = ? and a.message_key = 'suggestion.activity.challenge'""", Long.class, told) == 1);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                    select count(*) from outbox_email where lower(recipient) = lower(?) and body_text like '%premiers engagés%'""",
                    Long.class, data.emailOf(told)) == 1);
        }
        // each free to withdraw, like any pledger
        mvc.perform(post("/defis/" + challenge + "/retrait").with(user(data.user(supporter))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select online_pledges from challenge where id = ?", Integer.class, challenge))
                .isEqualTo(2);
        // once only
        mvc.perform(turn(staff)).andExpect(status().isConflict());
    }

    @Test
    void aFormWithMistakesComesBackFilled() throws Exception {
        threshold(1);
        mvc.perform(turn(staff, "targetEmail", "pas-une-adresse", "title", "Compost pour tous"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Compost pour tous")))
                .andExpect(content().string(containsString("Bailleur Habitat")))
                .andExpect(content().string(containsString("field__error")));
        mvc.perform(turn(staff, "goal", "beaucoup")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bailleur Habitat")));
        mvc.perform(post("/admin/besoins/seuils/" + territory).with(user(data.user(staff))).with(csrf())
                .param("supports", "0")).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from challenge where need_id = ?", Long.class, need)).isZero();
    }
}
