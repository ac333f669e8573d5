package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.notification.Outbox;
import org.voisinage.notification.OutboxMessage;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser: a resident reports a neighbour's listing, a moderator of the neighbourhood opens the case from
 * the queue and hides the listing with a reason; it leaves the listings of the others, and its author sees on it
 * (and reads in an email) that moderators hid it, and why.
 */
class ModerationJourneyBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;

    @Test
    void aReportedListingIsHiddenByAModeratorAndItsAuthorIsToldWhy() {
        long neighbourhood = data.neighbourhoodSomewhereIn(-140, -110, -45, -25);
        String author = data.emailOf(data.resident("RESIDENT", "VERIFIED", neighbourhood, null));
        String reporter = data.emailOf(data.resident("RESIDENT", "VERIFIED", neighbourhood, null));
        long moderatorId = data.resident("MODERATOR", "VERIFIED", neighbourhood, null);
        jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)",
                moderatorId, neighbourhood);
        String moderator = data.emailOf(moderatorId);
        String title = TestData.unique("Montres de luxe à prix cassés");
        String reason = "Vente commerciale déguisée : les échanges sont entre voisins.";

        // a resident publishes a listing
        signIn(author);
        open("/echanges/nouvelle?kind=GIVE");
        new Select(find("#category")).selectByValue("OTHER");
        type("#title", title);
        type("#description", "Écrivez-moi vite, stock limité, livraison partout en France.");
        submit("form.form button[type=submit]");
        assertThat(pageText()).contains("Annonce publiée.", title);
        String listing = path();
        signOut();

        // a neighbour reports it from its page
        signIn(reporter);
        open("/echanges");
        submit("a[href='" + listing + "']");
        submit("a[href$='/signaler/listing" + listing.substring(listing.lastIndexOf('/')) + "']");
        assertThat(pageText()).contains("Signaler", title);
        find("input[name=reason][value=SPAM]").click();
        type("#details", "Ce n’est pas un voisin, c’est un marchand.");
        submit("form[action*='/signaler/'] button[type=submit]");
        assertThat(pageText()).contains("Merci : votre signalement a été transmis aux modérateurs.");
        assertThat(path()).isEqualTo(listing);
        screenshot("moderation-1-reported");
        signOut();

        // a moderator of the neighbourhood opens the case from the queue and hides the listing
        signIn(moderator);
        open("/moderation");
        String caseLink = browser.findElement(By.linkText(title)).getAttribute("href").replaceFirst("https?://[^/]+", "");
        submit("a[href='" + caseLink + "']");
        assertThat(pageText()).contains(title, "Publicité ou spam", "Ce n’est pas un voisin, c’est un marchand.");
        find("input[name=decision][value=HIDE]").click();
        type("#reason", reason);
        screenshot("moderation-2-case");
        submit("form[action='" + caseLink + "'] button[type=submit]");
        assertThat(pageText()).contains("Décision enregistrée.").doesNotContain(title);
        assertThat(jdbc.queryForObject("select count(*) from audit_trail where actor_id = ? and action = 'moderation.hide'"
                + " and subject = ?", Long.class, moderatorId, "listing:" + listing.substring(listing.lastIndexOf('/') + 1)))
                .isEqualTo(1);
        signOut();

        // the listing has left the listings of the neighbours
        signIn(reporter);
        open("/echanges");
        assertThat(pageText()).doesNotContain(title);
        open(listing);
        assertThat(pageText()).contains("Page introuvable").doesNotContain(title);
        signOut();

        // its author still sees it, with why moderators hid it, and was told by email
        signIn(author);
        open("/echanges/mes-annonces");
        assertThat(pageText()).contains(title, "Masquée");
        open(listing);
        assertThat(find("[role=status]").getText()).isEqualTo("Masquée par la modération : " + reason);
        screenshot("moderation-3-author");
        OutboxMessage email = outbox.latestTo(author).orElseThrow();
        assertThat(email.subject()).isEqualTo("Votre contenu a été masqué par les modérateurs");
        assertThat(email.textBody()).contains(reason, listing);
    }
}
