package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.voisinage.agenda.EventForm;
import org.voisinage.agenda.Events;
import org.voisinage.agenda.Visibility;
import org.voisinage.initiative.InitiativeForm;
import org.voisinage.initiative.InitiativeTheme;
import org.voisinage.initiative.Initiatives;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser: a resident types in the header's search box and finds an initiative and an event whatever the
 * accents, grouped by kind with the words found marked; staff open the noticeboard's page. Pictures at 1280 and
 * 360 px wide.
 */
class SearchJourneyBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired Initiatives initiatives;
    @Autowired Events events;

    @Test
    void aResidentSearchesFromTheHeaderAndFindsEveryKindGrouped() {
        long neighbourhood = data.neighbourhoodSomewhereIn(-100, -80, -45, -25);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String word = "zq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 26)
                .replaceAll("[0-9]", "x");
        initiatives.propose(resident, new InitiativeForm("Atelier des Vélos " + word,
                "Réparer ensemble les vélos du quartier, le samedi matin, avec les outils de l’atelier.",
                InitiativeTheme.SOCIAL, null, null, null, null, null));
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(5);
        events.create(new EventForm("Bourse aux vélos " + word, "Vendez et achetez des vélos d’occasion.", day,
                java.time.LocalTime.of(10, 0), day, java.time.LocalTime.of(12, 0), "Place du marché", null, 40,
                Visibility.PUBLIC, null, null, null), resident);

        signIn(data.emailOf(resident));
        type("#site-search-q", "VELO " + word);
        submit(".site-search__button");
        assertThat(path()).isEqualTo("/recherche");
        assertThat(pageText()).contains("Atelier des Vélos " + word, "Bourse aux vélos " + word, "Initiatives",
                "Événements", "2 résultats");
        assertThat(find(".search-hit mark").getText()).isEqualToIgnoringCase("vélos");
        screenshot("search-1280");
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.navigate().refresh();
        screenshot("search-360");
        browser.manage().window().setSize(new Dimension(1280, 900));

        type("#search-q", "");
        submit(".search-form button");
        assertThat(pageText()).contains("Tapez un ou plusieurs mots");
    }

    @Test
    void staffOpenTheNoticeboardPage() {
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        signIn(data.emailOf(staff));
        open("/admin/affichage");
        assertThat(pageText()).contains("Tableau d’affichage de la semaine");
        screenshot("noticeboard-1280");
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.navigate().refresh();
        screenshot("noticeboard-360");
    }
}
