package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.challenge.ActionForm;
import org.voisinage.challenge.Actions;
import org.voisinage.challenge.ChallengeForm;
import org.voisinage.challenge.ChallengeTestConfiguration;
import org.voisinage.challenge.TargetKind;
import org.voisinage.challenge.Theme;
import org.voisinage.challenge.UpdateForm;
import org.voisinage.following.DigestPeriod;
import org.voisinage.following.Digests;
import org.voisinage.following.Follows;
import org.voisinage.following.Topic;
import org.voisinage.notification.OutboxMessage;
import org.voisinage.notification.Outbox;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser: a resident signs in, opens a challenge, pledges (following it by default), the progress bar
 * moves; the next daily digest reaches them by email, and they unsubscribe from its link.
 */
@Import(ChallengeTestConfiguration.class)
class ChallengeJourneyBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired Actions actions;
    @Autowired org.voisinage.challenge.ChallengeEditing editing;
    @Autowired org.voisinage.challenge.ChallengeLifecycle lifecycle;
    @Autowired org.voisinage.challenge.ChallengePledges pledges;
    @Autowired Follows follows;
    @Autowired Digests digests;
    @Autowired Outbox outbox;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The path of the https link in {@code List-Unsubscribe: <https://host/desabonnement/key>, <mailto:...>}. */
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("<https?://[^/>]+(/desabonnement/[^>]+)>");

    @Test
    void aResidentPledgesTheProgressBarMovesAndTheFollowerUnsubscribesFromTheEmailLink() {
        long neighbourhood = data.neighbourhoodSomewhereIn(-150, -100, -50, 0);
        long action = actions.createPublished(new ActionForm(TestData.unique("Trier"), "Trier ses biodéchets", Theme.WASTE));
        String title = TestData.unique("Si 4 voisins trient leurs biodéchets");
        long id = editing.create(new ChallengeForm(action, title, "Ville de Test", TargetKind.TOWN,
                "mairie@test.voisinage.test", "installe un composteur", "n-" + neighbourhood, 4, null,
                LocalDate.now().minusDays(3), LocalDate.now().plusDays(20)));
        lifecycle.open(id);
        pledges.pledge(id, data.resident("RESIDENT", "VERIFIED", neighbourhood, null), false);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String email = data.emailOf(resident);

        signIn(email);

        open("/defis");
        assertThat(pageText()).contains(title);
        open("/defis/" + id);
        assertThat(find("#challenge-progress").getAttribute("value")).isEqualTo("1");
        assertThat(find("#challenge-total").getText()).isEqualTo("1");
        screenshot("challenge-1-before");

        submit("#pledge");

        assertThat(pageText()).contains("vous êtes engagé·e");
        assertThat(find("#challenge-progress").getAttribute("value")).isEqualTo("2");
        assertThat(find("#challenge-progress").getAttribute("max")).isEqualTo("4");
        assertThat(find("#challenge-total").getText()).isEqualTo("2");
        assertThat(find("#challenge-milestones").getText()).contains("50 %");
        screenshot("challenge-2-after");

        // the pledge followed the challenge (daily, the default); then staff post news, recorded after the commit
        Topic topic = Topic.challenge(id);
        assertThat(follows.isFollowing(resident, topic)).isTrue();
        lifecycle.postUpdate(id, new UpdateForm("Réunion au local vélo jeudi"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from topic_activity where topic_type = 'challenge' and topic_id = ? and kind = 'update'",
                Integer.class, id) > 0);
        // tomorrow's daily digest covers today
        DigestPeriod period = DigestPeriod.daily(LocalDate.now(PARIS).plusDays(1), PARIS);
        digests.build(period);
        OutboxMessage digest = outbox.latestTo(email).orElseThrow();
        assertThat(digest.messageId()).contains(period.messageIdPrefix());
        assertThat(digest.textBody()).contains(title, "Réunion au local vélo jeudi");
        assertThat(digest.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        Matcher link = UNSUBSCRIBE_LINK.matcher(OutboxDelivery.latestAsSentTo(context, email).headers().get("List-Unsubscribe"));
        assertThat(link.find()).as("an http(s) link in List-Unsubscribe").isTrue();

        // the link opens a confirmation page that changes nothing (mail scanners open links)
        open(link.group(1));
        assertThat(pageText()).contains("Ne plus recevoir", "Me désabonner");
        assertThat(follows.isFollowing(resident, topic)).isTrue();
        screenshot("challenge-3-unsubscribe-page");

        submit("form[action*='" + link.group(1) + "'] button[type=submit]");

        assertThat(pageText()).contains("C’est fait");
        assertThat(follows.isFollowing(resident, topic)).isFalse();
        screenshot("challenge-4-unsubscribed");
    }
}
