package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser, at 1280 and 360 px (axe-core on each page): a resident makes a personal read API token from
 * their account page and sees it once; staff make a partner's application token; anyone reads the API's page.
 */
class ApiTokensBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aResidentAndStaffMakeTokensAndReadTheApiPage() {
        long territory = data.territory();
        long neighbourhood = data.neighbourhoodSomewhereIn(territory, 170, 179, 70, 80);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);

        signIn(data.emailOf(resident));
        open("/account");
        submit("a[href$='/account/api-tokens']");
        type("#name", "Tableau de bord");
        submit("form[action$='/account/api-tokens'] button[type=submit]");
        assertThat(find("#api-made-token").getDomAttribute("value")).startsWith("vsn_");
        screenshots("api-personal-token-made");
        open("/account/api-tokens");
        assertThat(pageText()).contains("Tableau de bord").doesNotContain("vsn_" + "x");
        screenshots("api-personal-tokens");
        signOut();

        long staff = data.resident("STAFF", "VERIFIED", null, null);
        signIn(data.emailOf(staff));
        open("/admin/api-tokens");
        type("#name", "Mairie — site de la ville");
        find("input[name=territories][value='" + territory + "']").click();
        type("#origins", "https://ville.example");
        submit("form[action$='/admin/api-tokens'] button[type=submit]");
        assertThat(find("#api-made-token").getDomAttribute("value")).startsWith("vsn_");
        screenshots("api-application-token-made");
        open("/api-docs");
        screenshots("api-docs");
    }

    private void screenshots(String name) {
        screenshot(name + "-1280");
        browser.manage().window().setSize(new Dimension(360, 800));
        screenshot(name + "-360");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
