package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser: a resident offers a drill to lend, a neighbour finds it and writes through "Contact", the owner
 * answers in the conversation, records the loan on the listing, later marks the drill returned (the listing shows
 * it available again), and both sides complete the exchange in the conversation.
 */
class LendingJourneyBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aDrillIsOfferedANeighbourAsksTheOwnerLendsItAndGetsItBack() {
        long neighbourhood = data.neighbourhoodSomewhereIn(-140, -110, -45, -25);
        String owner = data.emailOf(data.resident("RESIDENT", "VERIFIED", neighbourhood, null));
        long borrowerId = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String borrower = data.emailOf(borrowerId);
        String borrowerName = jdbc.queryForObject("select display_name from resident where id = ?", String.class, borrowerId);
        String title = TestData.unique("Perceuse à percussion");

        // the owner offers the drill
        signIn(owner);
        open("/echanges/nouvelle?kind=LEND");
        new Select(find("#direction")).selectByValue("OFFER");
        new Select(find("#kind")).selectByValue("LEND");
        new Select(find("#category")).selectByValue("TOOLS");
        type("#title", title);
        type("#description", "Une perceuse **Bosch** avec un jeu de mèches béton.");
        new Select(find("#lendCondition")).selectByValue("GOOD");
        type("#lendDurationDays", "7");
        submit("form.form button[type=submit]");
        assertThat(pageText()).contains(title, "Annonce publiée.", "Bon état", "7 jours", "Disponible");
        String listing = path();
        screenshot("lending-1-published");
        signOut();

        // a neighbour finds it among the listings and writes to the owner
        signIn(borrower);
        open("/echanges");
        submit("a[href='" + listing + "']");
        assertThat(pageText()).contains(title, "Disponible");
        submit("a[href*='/messages/nouveau']");
        assertThat(pageText()).contains(title);
        type("#text", "Bonjour ! Pourrais-je emprunter la perceuse samedi ?");
        submit("form[action$='/messages/nouveau'] button[type=submit]");
        assertThat(pageText()).contains("Pourrais-je emprunter la perceuse samedi ?", "En cours");
        String conversation = path();
        signOut();

        // the owner answers in the conversation: they agree
        signIn(owner);
        open("/messages");
        submit("a[href='" + conversation + "']");
        assertThat(pageText()).contains("Pourrais-je emprunter la perceuse samedi ?");
        write("Bien sûr, passez la prendre samedi matin.");
        screenshot("lending-2-agreed");

        // then records the loan on the listing
        open(listing);
        LocalDate returnOn = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(7);
        type("#lentTo", borrowerName);
        typeDate("#returnOn", returnOn);
        submit("form[action$='/pret'] button[type=submit]");
        String returnDate = returnOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(pageText()).contains("Prêt enregistré", "Prêté à " + borrowerName + ", retour prévu le " + returnDate)
                .doesNotContain("Disponible");
        assertThat(find(".badge--pending").getText()).isEqualTo("Prêté");
        screenshot("lending-3-lent");

        // a week later, the drill is back
        submit("form[action$='/rendu'] button[type=submit]");
        assertThat(pageText()).contains("Retour confirmé", "Disponible", "Prêter l’objet").doesNotContain("Prêté à " + borrowerName);
        assertThat(count(".badge--pending")).isZero();
        screenshot("lending-4-returned");

        // the owner says the exchange took place, the borrower confirms it
        open(conversation);
        submit("form[action$='/fait'] button[type=submit]");
        assertThat(pageText()).contains("C’est noté : votre voisin doit confirmer.");
        signOut();

        signIn(borrower);
        open(conversation);
        assertThat(pageText()).contains("Bien sûr, passez la prendre samedi matin.",
                "Votre voisin indique que l’échange a eu lieu et que vous avez reçu.");
        submit("form[action$='/confirmer'] button[type=submit]");
        assertThat(pageText()).contains("Échange confirmé.", "Réalisé", "Dire merci");
        screenshot("lending-5-confirmed");
    }

    /** Sends a message from the conversation's form (htmx posts it and appends it to the list, or the page reloads). */
    private void write(String text) {
        type("#composer textarea", text);
        find("#composer button[type=submit]").click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("messages")).getText().contains(text));
    }

    /** How many elements match, at once (no implicit wait for ones that should not be there). */
    private int count(String css) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(By.cssSelector(css)).size();
        } finally {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        }
    }
}
