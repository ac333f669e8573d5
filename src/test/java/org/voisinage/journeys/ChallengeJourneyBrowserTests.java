package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.voisinage.challenge.ActionForm;
import org.voisinage.challenge.Actions;
import org.voisinage.challenge.ChallengeForm;
import org.voisinage.challenge.ChallengeTestConfiguration;
import org.voisinage.challenge.Challenges;
import org.voisinage.challenge.TargetKind;
import org.voisinage.challenge.Theme;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/** In a real browser: a resident signs in, opens a challenge, pledges, and the progress bar moves. */
@Import(ChallengeTestConfiguration.class)
class ChallengeJourneyBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired Actions actions;
    @Autowired Challenges challenges;

    @Test
    void aResidentPledgesAndTheProgressBarMoves() {
        double lon = ThreadLocalRandom.current().nextDouble(-150, -100);
        double lat = ThreadLocalRandom.current().nextDouble(-50, 0);
        long neighbourhood = data.neighbourhood(data.territory(), lon, lat, lon + 0.01, lat + 0.01);
        long action = actions.createPublished(new ActionForm(TestData.unique("Trier"), "Trier ses biodéchets", Theme.WASTE));
        String title = TestData.unique("Si 4 voisins trient leurs biodéchets");
        long id = challenges.create(new ChallengeForm(action, title, "Ville de Test", TargetKind.TOWN,
                "mairie@test.voisinage.test", "installe un composteur", "n-" + neighbourhood, 4, null,
                LocalDate.now().minusDays(3), LocalDate.now().plusDays(20)));
        challenges.open(id);
        challenges.pledge(id, data.resident("RESIDENT", "VERIFIED", neighbourhood, null), false);
        String email = data.emailOf(data.resident("RESIDENT", "VERIFIED", neighbourhood, null));

        open("/login");
        type("#username", email);
        type("#password", "secret-password");
        submit("form[action$='/login'] button[type=submit]");

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
    }
}
