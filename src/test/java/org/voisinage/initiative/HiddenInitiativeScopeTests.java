package org.voisinage.initiative;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.challenge.ChallengeTestConfiguration;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;
import org.voisinage.support.TestData;

/**
 * Hidden initiatives, news and comments are seen by their author, staff and the moderators of THEIR neighbourhood,
 * not by the moderator of another one. (Same context as the initiative tests.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ChallengeTestConfiguration.class)
class HiddenInitiativeScopeTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Initiatives initiatives;
    @Autowired InitiativeDiscussion discussion;
    @Autowired InitiativeNews initiativeNews;
    @Autowired List<ModeratedContent> moderated;
    @Autowired JdbcTemplate jdbc;

    long here;
    long elsewhere;
    long initiator;
    long ownModerator;
    long otherModerator;

    @BeforeEach
    void twoNeighbourhoodsAndTheirModerators() {
        InitiativeFixtures places = new InitiativeFixtures(data);
        here = places.neighbourhood(0);
        elsewhere = places.neighbourhood(5);
        initiator = places.resident(here);
        ownModerator = moderatorOf(here, here);
        // lives here (so reads members-only parts) but moderates elsewhere only
        otherModerator = moderatorOf(here, elsewhere);
    }

    long moderatorOf(long home, long moderated) {
        long id = data.resident("MODERATOR", "VERIFIED", home, null);
        jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)", id, moderated);
        return id;
    }

    ModeratedContent of(ContentType type) {
        return moderated.stream().filter(m -> m.type() == type).findFirst().orElseThrow();
    }

    @Test
    void hiddenNewsAndCommentsAreSeenByTheModeratorsOfTheirNeighbourhoodOnly() throws Exception {
        long id = initiatives.propose(initiator, InitiativeForm.of(TestData.unique("Composteur"), "Un projet.",
                InitiativeTheme.ECOLOGY));
        long news = initiativeNews.postUpdate(id, initiator, new CommentForm("Nouvelle à masquer"));
        long comment = discussion.comment(id, initiator, new CommentForm("Commentaire à masquer"));
        of(ContentType.INITIATIVE_UPDATE).hide(news, "hors sujet");
        of(ContentType.COMMENT).hide(comment, "hors sujet");
        mvc.perform(get("/initiatives/" + id).with(user(data.user(otherModerator))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Nouvelle à masquer"))))
                .andExpect(content().string(not(containsString("Commentaire à masquer"))));
        mvc.perform(get("/initiatives/" + id).with(user(data.user(ownModerator))))
                .andExpect(content().string(containsString("Nouvelle à masquer")))
                .andExpect(content().string(containsString("Commentaire à masquer")));
    }

    @Test
    void aHiddenInitiativeIsNotFoundForTheModeratorOfAnotherNeighbourhood() throws Exception {
        String title = TestData.unique("Masquée");
        long id = initiatives.propose(initiator, InitiativeForm.of(title, "Un projet.", InitiativeTheme.ECOLOGY));
        of(ContentType.INITIATIVE).hide(id, "doublon");
        mvc.perform(get("/initiatives/" + id).with(user(data.user(otherModerator))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/initiatives/" + id).with(user(data.user(ownModerator))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)));
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        mvc.perform(get("/initiatives/" + id).with(user(data.user(staff)))).andExpect(status().isOk());
    }
}
