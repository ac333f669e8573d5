package org.voisinage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Queuing renders the email in the caller's transaction, in the recipient's language (no SMTP server here). */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxTests {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    static String someone() {
        return "outbox-" + UUID.randomUUID() + "@example.org";
    }

    static Email testEmail(String to, Locale locale) {
        return Email.to(to, locale, "notification/email/test", "email.test.subject").with("recipient", to);
    }

    @Test
    void rendersSubjectTextAndHtmlInTheRecipientsLanguage() {
        String french = someone();
        String english = someone();
        outbox.queue(testEmail(french, Locale.FRENCH));
        outbox.queue(testEmail(english, Locale.ENGLISH));

        OutboxMessage fr = outbox.latestTo(french).orElseThrow();
        assertThat(fr.subject()).isEqualTo("E-mail de test de Voisinage");
        assertThat(fr.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(fr.locale()).isEqualTo(Locale.FRENCH);
        assertThat(fr.textBody()).contains("Bonjour,", "Cet e-mail de test adressé à " + french,
                "http://localhost:8080/admin/outbox", "\n-- \n", "merci de ne pas y répondre");
        assertThat(fr.htmlBody()).contains("<html lang=\"fr\"", "Bonjour,", "href=\"http://localhost:8080/admin/outbox\"",
                "Voisinage, le réseau de votre quartier", "style=");
        assertThat(fr.textBody()).doesNotContain("<p").startsWith("Bonjour,\n")
                .contains("/admin/outbox\n\n-- \n").endsWith("http://localhost:8080\n");

        OutboxMessage en = outbox.latestTo(english.toUpperCase(Locale.ROOT)).orElseThrow();
        assertThat(en.subject()).isEqualTo("Voisinage test email");
        assertThat(en.textBody()).contains("Hello,", "please do not reply");
        assertThat(en.htmlBody()).contains("<html lang=\"en\"", "Hello,");
    }

    @Test
    void modelValuesAreEscapedInHtml() {
        String to = someone();
        outbox.queue(Email.to(to, Locale.ENGLISH, "notification/email/test", "email.test.subject")
                .with("recipient", "<script>alert(1)</script>"));
        OutboxMessage email = outbox.latestTo(to).orElseThrow();
        assertThat(email.htmlBody()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(email.textBody()).contains("<script>alert(1)</script>"); // plain text: nothing to escape
    }

    @Test
    void linksKeepTheirAmpersandsInTextAndAreEscapedInHtml() {
        String to = someone();
        outbox.queue(testEmail(to, Locale.ENGLISH).with("baseUrl", "https://voisins.example/confirm?a=1&b=2#"));
        OutboxMessage email = outbox.latestTo(to).orElseThrow();
        assertThat(email.textBody()).contains("https://voisins.example/confirm?a=1&b=2#/admin/outbox")
                .doesNotContain("&amp;").doesNotContain("[-").doesNotContain("th:insert");
        assertThat(email.htmlBody()).contains("href=\"https://voisins.example/confirm?a=1&amp;b=2#/admin/outbox\"");
    }

    @Test
    void generatesAMessageIdOnTheSitesHostAndKeepsExtraHeaders() {
        String to = someone();
        outbox.queue(testEmail(to, Locale.FRENCH).header("List-Unsubscribe", "<http://localhost:8080/u/1>"));
        OutboxMessage email = outbox.latestTo(to).orElseThrow();
        assertThat(email.messageId()).matches("<[0-9a-f-]{36}@localhost>");
        assertThat(email.headers()).containsExactly(java.util.Map.entry("List-Unsubscribe", "<http://localhost:8080/u/1>"));
    }

    @Test
    void aDeterministicMessageIdIsQueuedOnce() {
        String to = someone();
        String id = "signup-" + UUID.randomUUID();
        outbox.queue(testEmail(to, Locale.FRENCH).messageId(id));
        long first = outbox.latestTo(to).orElseThrow().id();
        outbox.queue(testEmail(to, Locale.FRENCH).messageId(id));

        OutboxMessage email = outbox.latestTo(to).orElseThrow();
        assertThat(email.id()).isEqualTo(first);
        assertThat(email.messageId()).isEqualTo("<" + id + "@localhost>");
        assertThat(outbox.list(null, to, org.springframework.data.domain.PageRequest.of(0, 10)).getTotalElements())
                .isEqualTo(1);
    }

    @Test
    void theEmailRollsBackWithTheCallersTransaction() {
        String to = someone();
        transaction.executeWithoutResult(status -> {
            outbox.queue(testEmail(to, Locale.FRENCH));
            status.setRollbackOnly(); // the business change failed
        });
        assertThat(outbox.latestTo(to)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnEmailAddressOrAnInjectedHeader() {
        assertThatIllegalArgumentException().isThrownBy(() -> outbox.queue(testEmail("not an address", Locale.FRENCH)));
        assertThatIllegalArgumentException().isThrownBy(() -> outbox.queue(testEmail("a@b.org\r\nBcc: c@d.org", Locale.FRENCH)));
        assertThatIllegalArgumentException().isThrownBy(() -> outbox.queue(testEmail(null, Locale.FRENCH)));
        assertThatIllegalArgumentException().isThrownBy(
                () -> outbox.queue(testEmail(someone(), Locale.FRENCH).header("X-Tag", "a\nBcc: c@d.org")));
        assertThatIllegalArgumentException().isThrownBy(
                () -> outbox.queue(testEmail(someone(), Locale.FRENCH).messageId("two words")));
    }

    @Test
    void searchFindsByPartOfTheRecipientAndFiltersByStatus() {
        String marker = UUID.randomUUID().toString();
        outbox.queue(testEmail("search-" + marker + "@example.org", Locale.FRENCH));
        var page = org.springframework.data.domain.PageRequest.of(0, 10);
        assertThat(outbox.list(null, marker.toUpperCase(Locale.ROOT), page).getContent())
                .singleElement().satisfies(e -> assertThat(e.recipient()).contains(marker));
        assertThat(outbox.list(OutboxStatus.QUEUED, marker, page).getTotalElements()).isEqualTo(1);
        assertThat(outbox.list(OutboxStatus.SENT, marker, page).getTotalElements()).isZero();
        assertThat(outbox.list(null, "%", page).getContent()).allSatisfy(e -> assertThat(e.recipient()).contains("%"));
    }
}
