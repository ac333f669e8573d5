package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser: a resident offers a pressure washer for rent, a neighbour sees its price and asks for three
 * days, the owner accepts the request on the listing, and the neighbour finds the reservation accepted, the days
 * shown taken. Each page is pictured at 1280 and 360 px.
 */
class ReservationJourneyBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aReservationIsRequestedThenAccepted() {
        long neighbourhood = data.neighbourhoodSomewhereIn(-140, -110, -45, -25);
        String owner = data.emailOf(data.resident("RESIDENT", "VERIFIED", neighbourhood, null));
        long borrowerId = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String borrower = data.emailOf(borrowerId);
        String borrowerName = jdbc.queryForObject("select display_name from resident where id = ?", String.class,
                borrowerId);
        String title = TestData.unique("Nettoyeur haute pression");
        LocalDate from = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(3);
        LocalDate to = from.plusDays(2);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        // the owner offers it for rent
        signIn(owner);
        open("/echanges/nouvelle?kind=RENT");
        new Select(find("#kind")).selectByValue("RENT");
        new Select(find("#category")).selectByValue("TOOLS");
        type("#title", title);
        type("#description", "Un Kärcher K5 avec sa lance à mousse.");
        type("#rentPrice", "12.50");
        new Select(find("#rentUnit")).selectByValue("DAY");
        type("#rentDeposit", "80");
        submit("form.form button[type=submit]");
        assertThat(pageText()).contains(title, "Annonce publiée.", "12,50 € par jour", "80 €",
                "Voisinage ne gère aucun argent", "Aucune date n’est encore prise");
        String listing = path();
        screenshots("reservation-1-offered");
        signOut();

        // a neighbour asks for three days
        signIn(borrower);
        open(listing);
        typeDate("#startsOn", from);
        typeDate("#endsOn", to);
        submit("form[action$='/reservations'] button[type=submit]");
        assertThat(pageText()).contains("Demande envoyée", "Vos réservations",
                "du " + from.format(day) + " au " + to.format(day), "En attente du propriétaire");
        screenshots("reservation-2-requested");
        signOut();

        // the owner finds the request on the listing and accepts it
        signIn(owner);
        open(listing);
        assertThat(pageText()).contains("Demandes à traiter",
                borrowerName + " le demande du " + from.format(day) + " au " + to.format(day));
        screenshots("reservation-3-request");
        submit("form[action$='/accepter'] button[type=submit]");
        assertThat(pageText()).contains("Réservation acceptée", "Dates prises",
                "du " + from.format(day) + " au " + to.format(day), "(" + borrowerName + ")")
                .doesNotContain("Demandes à traiter");
        signOut();

        // the neighbour sees it accepted
        signIn(borrower);
        open(listing);
        assertThat(pageText()).contains("Acceptée", "Dates prises").doesNotContain("En attente du propriétaire");
        screenshots("reservation-4-accepted");
    }

    /** The whole page as a person sees it on a computer and on a phone. */
    private void screenshots(String name) {
        try {
            for (int width : new int[] {1280, 360}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                long height = (Long) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollHeight");
                browser.manage().window().setSize(new Dimension(width, (int) Math.min(height, 4000)));
                screenshot(name + "-" + width);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
