package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser (issue 16): a neighbourhood's page points to its Atom feed; staff register a webhook endpoint,
 * copy its secret from the one page that shows it, and send a test from the endpoint's page. Pictures at 1280 and
 * 360 px wide.
 */
class FeedsAndWebhooksBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aNeighbourhoodsPagePointsToItsFeed() {
        long neighbourhood = data.neighbourhoodSomewhereIn(-130, -120, -45, -35);
        open("/quartiers/" + data.slugOf(neighbourhood));
        assertThat(find("link[rel=alternate][type='application/atom+xml']").getAttribute("href"))
                .endsWith("/quartiers/" + data.slugOf(neighbourhood) + "/flux.atom");
        assertThat(pageText()).contains("Flux Atom");
        screenshot("feed-link-1280");
        open("/quartiers");
        screenshot("feed-list-1280");
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.navigate().refresh();
        screenshot("feed-list-360");
    }

    @Test
    void staffRegisterAnEndpointAndSendATest() {
        long territory = data.territory();
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staff, territory);
        signIn(data.emailOf(staff));
        open("/admin/webhooks");
        screenshot("webhooks-empty-1280");
        open("/admin/webhooks/nouveau");
        type("#url", "https://93.184.216.34/voisinage");
        type("#description", "Mairie : tableau de bord");
        find("input[name=eventTypes][value=CHALLENGE_GOAL_REACHED]").click();
        find("input[name=eventTypes][value=EVENT_PUBLISHED]").click();
        screenshot("webhook-form-1280");
        submit("form[action$='/admin/webhooks'] button[type=submit]");
        assertThat(find("#webhook-secret").getAttribute("value")).startsWith("whsec_");
        screenshot("webhook-secret-1280");
        submit("main a.btn");

        submit("form[action$='/test'] button");
        assertThat(pageText()).contains("Test envoyé", "En attente");
        screenshot("webhook-endpoint-1280");
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.navigate().refresh();
        screenshot("webhook-endpoint-360");
        open("/admin/webhooks");
        screenshot("webhooks-360");
    }
}
