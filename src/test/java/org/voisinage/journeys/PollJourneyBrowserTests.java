package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser: staff open a poll to a neighbourhood, its residents find it on their neighbourhood's page and
 * vote, results stay hidden until the end, then show as a chart and tables (pictures at 1280 and 360 px).
 */
class PollJourneyBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void staffOpenAPollResidentsVoteAndTheResultsShowAtTheEnd() {
        long neighbourhood = data.neighbourhoodSomewhereIn(-170, -160, -80, -70);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        long alice = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long bob = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String question = TestData.unique("Où installer le nouveau banc");

        signIn(data.emailOf(staff));
        open("/sondages/nouveau?portee=n-" + neighbourhood);
        type("#question", question);
        type("#option-0", "Près de l'école");
        type("#option-1", "Au square des Tilleuls");
        type("#option-2", "Devant la boulangerie");
        both("poll-1-form");
        submit("form[action$='/sondages'] button[type=submit]");
        assertThat(pageText()).contains("Le sondage est ouvert", question);
        long poll = Long.parseLong(path().substring(path().lastIndexOf('/') + 1));
        signOut();

        signIn(data.emailOf(alice));
        open("/quartiers/" + data.slugOf(neighbourhood));
        assertThat(pageText()).contains(question);
        both("poll-2-neighbourhood-page");
        submit("#polls a[href$='/sondages/" + poll + "']");
        find("#choice-1").click();
        submit("#vote button[type=submit]");
        assertThat(pageText()).contains("Votre vote est enregistré", "Vous avez voté");
        assertThat(find("#results-hidden").getText()).contains("à la fin du sondage");
        both("poll-3-voted-results-hidden");
        signOut();

        signIn(data.emailOf(bob));
        open("/sondages/" + poll);
        find("#choice-1").click();
        submit("#vote button[type=submit]");
        assertThat(find("#poll-ballots").getText()).isEqualTo("2 votes");

        // the poll ends: its results are out
        jdbc.update("update poll set ends_at = now() - interval '1 minute' where id = ?", poll);
        open("/sondages/" + poll);
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("#vote"))).isEmpty();
        assertThat(find("#poll-results").getText()).contains("Au square des Tilleuls", "2", "100 %");
        // one neighbourhood voted: named, its figures are the totals
        assertThat(find("#poll-by-neighbourhood").getText()).contains("Quartier");
        assertThat(find("figure svg").getAttribute("role")).isEqualTo("img");
        both("poll-4-results");
    }

    /** Pictures of the page at 1280 px and at 360 px wide. */
    private void both(String name) {
        screenshot(name + "-1280");
        browser.manage().window().setSize(new Dimension(360, 900));
        screenshot(name + "-360");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
