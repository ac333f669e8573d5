package org.voisinage.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.challenge.ChallengeTestConfiguration;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.initiative.InitiativeViews.NeedView;
import org.voisinage.initiative.InitiativeViews.Page;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;
import org.voisinage.support.TestData;

/**
 * The initiative services' rules against the real database: who proposes, joins, leaves, names co-organisers,
 * changes the status, adds needs, offers, decides offers, comments and posts news; what an over or hidden initiative
 * still takes; what each viewer's page holds. (Same context as the initiative tests.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ChallengeTestConfiguration.class)
class InitiativeParticipationTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Initiatives initiatives;
    @Autowired InitiativeMembers members;
    @Autowired InitiativeNeeds needs;
    @Autowired InitiativeDiscussion discussion;
    @Autowired InitiativeNews news;
    @Autowired InitiativePages pages;
    @Autowired List<ModeratedContent> moderated;

    InitiativeFixtures places;
    long here;
    long initiator;
    long id;

    @BeforeEach
    void anInitiative() {
        places = new InitiativeFixtures(data);
        here = places.neighbourhood(0);
        initiator = places.resident(here);
        id = initiatives.propose(initiator, InitiativeForm.of(TestData.unique("Jardin"), "Un projet.",
                InitiativeTheme.ECOLOGY));
    }

    long member() {
        long member = places.resident(here);
        members.join(id, member);
        return member;
    }

    void over() {
        initiatives.changeStatus(id, initiator, new StatusForm(InitiativeStatus.ABANDONED, "Plus de local"));
    }

    // Proposing

    @Test
    void onlyVerifiedResidentsWithANeighbourhoodProposeAndOnlyForTheirOwnOrganisations() {
        long pending = data.resident("RESIDENT", "PENDING", here, null);
        long homeless = data.resident("RESIDENT", "VERIFIED", null, null);
        InitiativeForm form = InitiativeForm.of("Titre", "Texte", InitiativeTheme.CULTURE);
        assertThatThrownBy(() -> initiatives.propose(pending, form)).hasMessage("initiative.refused.notVerified");
        assertThatThrownBy(() -> initiatives.propose(homeless, form)).hasMessage("initiative.refused.notVerified");
        InitiativeForm forAnOrganisation = new InitiativeForm("Titre", "Texte", InitiativeTheme.CULTURE, 999_999_999L,
                null, null, null, null);
        assertThatThrownBy(() -> initiatives.propose(initiator, forAnOrganisation))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.field()).isEqualTo("organisationId");
                    assertThat(e.code()).isEqualTo("initiative.organisation.notMember");
                });
        assertThat(members.isOrganiser(id, initiator)).as("the proposer is its initiator").isTrue();
    }

    // Joining and leaving

    @Test
    void onlyVerifiedNotBarredNeighboursJoinAnOpenVisibleInitiative() {
        long pending = data.resident("RESIDENT", "PENDING", here, null);
        long stranger = places.resident(places.neighbourhood(20));
        long banned = places.resident(here);
        jdbc.update("update resident set banned_at = now() where id = ?", banned);
        assertThatThrownBy(() -> members.join(id, pending)).hasMessage("initiative.refused.notVerified");
        assertThatThrownBy(() -> members.join(id, stranger)).hasMessage("initiative.refused.notNeighbour");
        assertThatThrownBy(() -> members.join(id, banned)).hasMessage("initiative.refused.notVerified");
        assertThatThrownBy(() -> members.join(id, initiator)).hasMessage("initiative.join.already");
        assertThatThrownBy(() -> members.join(999_999_999L, places.resident(here)))
                .isInstanceOf(NotFoundException.class);

        long late = places.resident(here);
        over();
        assertThatThrownBy(() -> members.join(id, late))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("initiative.refused.over");
                });
    }

    @Test
    void nobodyJoinsOrCommentsOnAHiddenInitiative() {
        long neighbour = places.resident(here);
        of(ContentType.INITIATIVE).hide(id, "doublon");
        assertThatThrownBy(() -> members.join(id, neighbour)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> discussion.comment(id, initiator, new CommentForm("Encore là ?")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMemberLeavesButTheInitiatorStaysAndOthersCannotLeave() {
        long member = member();
        assertThatThrownBy(() -> members.leave(id, initiator)).hasMessage("initiative.leave.initiator");
        assertThatThrownBy(() -> members.leave(id, places.resident(here))).hasMessage("initiative.leave.notMember");
        members.leave(id, member);
        assertThat(pages.page(id, member).viewer().joined()).isFalse();
        assertThat(pages.page(id, member).viewer().mayJoin()).isTrue();
    }

    @Test
    void onlyTheInitiatorNamesCoOrganisersAndOnlyAmongMembers() {
        long member = member();
        long other = member();
        assertThatThrownBy(() -> members.nameCoOrganiser(id, member, other)).hasMessage("initiative.refused.notInitiator");
        assertThatThrownBy(() -> members.nameCoOrganiser(id, initiator, places.resident(here)))
                .hasMessage("initiative.coOrganiser.notMember");
        members.nameCoOrganiser(id, initiator, member);
        assertThat(members.isOrganiser(id, member)).isTrue();
        assertThatThrownBy(() -> members.nameCoOrganiser(id, member, other))
                .as("a co-organiser does not name others").hasMessage("initiative.refused.notInitiator");
    }

    // Changing it: organisers only

    @Test
    void organisersChangeTheStatusAndPostNewsMembersDoNot() {
        long member = member();
        long coOrganiser = member();
        members.nameCoOrganiser(id, initiator, coOrganiser);
        assertThatThrownBy(() -> initiatives.changeStatus(id, member, new StatusForm(InitiativeStatus.GATHERING, null)))
                .hasMessage("initiative.refused.notOrganiser");
        assertThatThrownBy(() -> news.postUpdate(id, member, new CommentForm("Je ne suis pas organisateur")))
                .hasMessage("initiative.refused.notOrganiser");
        initiatives.changeStatus(id, coOrganiser, new StatusForm(InitiativeStatus.GATHERING, null));
        news.postUpdate(id, coOrganiser, new CommentForm("Réunion jeudi"));
        Page page = pages.page(id, null);
        assertThat(page.initiative().status()).isEqualTo(InitiativeStatus.GATHERING);
        assertThat(page.updates()).extracting(InitiativeViews.UpdateView::html).anyMatch(h -> h.contains("Réunion jeudi"));
    }

    @Test
    void anOrganiserWhoMovedAwayNoLongerChangesIt() {
        jdbc.update("update resident set neighbourhood_id = ? where id = ?", places.neighbourhood(20), initiator);
        assertThatThrownBy(() -> needs.addNeed(id, initiator, new NeedForm(NeedKind.SKILL, "Menuiserie", 1, null)))
                .hasMessage("initiative.refused.notNeighbour");
    }

    // Needs and offers

    @Test
    void anOverInitiativeTakesNoNeedNoOfferAndNoComment() {
        long need = needs.addNeed(id, initiator, new NeedForm(NeedKind.MATERIAL, "Palettes", 3, null));
        long member = member();
        over();
        assertThatThrownBy(() -> needs.addNeed(id, initiator, new NeedForm(NeedKind.SKILL, "Menuiserie", 1, null)))
                .hasMessage("initiative.refused.over");
        assertThatThrownBy(() -> needs.offer(id, need, member, new OfferForm(1, null)))
                .hasMessage("initiative.refused.over");
        assertThatThrownBy(() -> discussion.comment(id, member, new CommentForm("Dommage")))
                .hasMessage("initiative.refused.over");
    }

    @Test
    void aNeedForPeopleKeepsItsDayOtherNeedsDoNot() {
        LocalDate day = LocalDate.of(2030, 6, 1);
        long people = needs.addNeed(id, initiator, new NeedForm(NeedKind.PEOPLE, "Des bras", 4, day));
        long material = needs.addNeed(id, initiator, new NeedForm(NeedKind.MATERIAL, "Palettes", 2, day));
        assertThat(needs.need(id, people).neededOn()).isEqualTo(day);
        assertThat(needs.need(id, material).neededOn()).isNull();
    }

    @Test
    void needsAndOffersBelongToTheirInitiative() {
        long need = needs.addNeed(id, initiator, new NeedForm(NeedKind.MATERIAL, "Palettes", 3, null));
        long otherInitiator = places.resident(here);
        long other = initiatives.propose(otherInitiator, InitiativeForm.of(TestData.unique("Autre"), "Autre projet.",
                InitiativeTheme.CULTURE));
        long member = member();
        long offer = needs.offer(id, need, member, new OfferForm(1, null));
        assertThatThrownBy(() -> needs.offer(other, need, member, new OfferForm(1, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> needs.decideOffer(other, offer, otherInitiator, true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> needs.need(other, need)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void organisersSeeEveryOfferEachNeighbourTheirOwn() {
        long need = needs.addNeed(id, initiator, new NeedForm(NeedKind.MATERIAL, "Palettes", 5, null));
        long hugo = member();
        long lea = member();
        needs.offer(id, need, hugo, new OfferForm(2, "Au garage"));
        needs.offer(id, need, lea, new OfferForm(1, null));
        assertThat(offersSeenBy(initiator, need)).hasSize(2);
        assertThat(offersSeenBy(hugo, need)).singleElement().satisfies(o -> {
            assertThat(o.mine()).isTrue();
            assertThat(o.quantity()).isEqualTo(2);
        });
        assertThat(pages.page(id, null).needs()).singleElement().satisfies(n -> assertThat(n.offers()).isEmpty());
    }

    List<InitiativeViews.OfferView> offersSeenBy(long residentId, long needId) {
        return pages.page(id, residentId).needs().stream().filter(n -> n.id() == needId).findFirst()
                .map(NeedView::offers).orElseThrow();
    }

    // The discussion

    @Test
    void onlyTheAuthorDeletesACommentAndOnlyNeighboursSeeTheDiscussion() {
        long member = member();
        long comment = discussion.comment(id, member, new CommentForm("Bonjour"));
        assertThatThrownBy(() -> discussion.deleteComment(id, comment, initiator))
                .hasMessage("initiative.comment.notYours");
        assertThat(pages.page(id, member).comments()).singleElement().satisfies(c -> {
            assertThat(c.mine()).isTrue();
            assertThat(c.editable()).isTrue();
        });
        assertThat(pages.page(id, initiator).comments()).singleElement().satisfies(c -> {
            assertThat(c.mine()).isFalse();
            assertThat(c.editable()).isFalse();
        });
        long stranger = places.resident(places.neighbourhood(20));
        assertThat(pages.page(id, stranger).comments()).isEmpty();
        assertThat(pages.page(id, stranger).members()).isEmpty();
        assertThat(pages.page(id, null).comments()).isEmpty();
        assertThatThrownBy(() -> discussion.deleteComment(999_999_999L, comment, member))
                .isInstanceOf(NotFoundException.class);
        discussion.deleteComment(id, comment, member);
        assertThat(pages.page(id, member).comments()).isEmpty();
    }

    @Test
    void hiddenNewsIsLeftToItsAuthor() {
        long member = member();
        long update = news.postUpdate(id, initiator, new CommentForm("Nouvelle à masquer"));
        of(ContentType.INITIATIVE_UPDATE).hide(update, "hors sujet");
        assertThat(pages.page(id, member).updates()).isEmpty();
        assertThat(pages.page(id, null).updates()).isEmpty();
        assertThat(pages.page(id, initiator).updates()).singleElement()
                .satisfies(u -> assertThat(u.hiddenReason()).isEqualTo("hors sujet"));
    }

    ModeratedContent of(ContentType type) {
        return moderated.stream().filter(m -> m.type() == type).findFirst().orElseThrow();
    }
}
