package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.voisinage.exchange.ListingRulesTests.lend;
import static org.voisinage.exchange.ListingRulesTests.service;
import static org.voisinage.exchange.ListingRulesTests.titled;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.notification.Outbox;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.support.MailTestSupport;
import org.voisinage.common.SiteClock;
import org.voisinage.support.TestData;

/**
 * "Expires soon" emails with their one-click extension, and loan reminders: each sent exactly once, delivered over
 * SMTP to a real server (GreenMail).
 */
class ListingExpiryTests extends MailTestSupport {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ListingPublishing publishing;
    @Autowired SiteClock clock;
    @Autowired ListingReminders reminders;
    @Autowired Outbox outbox;
    @Autowired ApplicationContext context;

    ExchangeFixtures f;
    String email;

    @BeforeEach
    void neighbourhoods() {
        f = ExchangeFixtures.create(data, jdbc);
        email = data.emailOf(f.homeResident());
    }

    int emailsTo(String recipient, String messageIdPrefix) {
        return jdbc.queryForObject("select count(*) from outbox_email where recipient = ? and message_id like ?",
                Integer.class, recipient, "%" + messageIdPrefix + "%");
    }

    @Test
    void theAuthorIsToldOnceAndExtendsWithASingleUseLink() throws Exception {
        long id = publishing.publish(f.homeResident(), titled(service(), "Cours de guitare", "d"));
        LocalDate soon = clock.today().plusDays(2);
        jdbc.update("update listing set expires_on = ? where id = ?", soon, id);
        publishing.publish(f.homeResident(), titled(service(), "Pas encore", "d")); // 30 days ahead: no email

        reminders.sendExpiryNotices();
        reminders.sendExpiryNotices();
        assertThat(emailsTo(email, "listing-" + id + "-expiry-")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Integer.class, email)).isEqualTo(1);
        String text = OutboxDelivery.latestAsSentTo(context, email).textBody();
        assertThat(text).contains("Cours de guitare");
        // delivered: the author's mailbox has it, link included
        OutboxDelivery.sendDue(context);
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
        assertThat(received).hasSize(1);
        assertThat(GreenMailUtil.getBody(received[0])).contains("/echanges/" + id + "/prolonger");
        Matcher link = Pattern.compile("/echanges/" + id + "/prolonger\\?jeton=([0-9a-f]{64})").matcher(text);
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        // anyone holding the link (no session): GET only shows a button, POST extends
        mvc.perform(get("/echanges/" + id + "/prolonger").param("jeton", token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Prolonger de 30 jours")));
        assertThat(jdbc.queryForObject("select expires_on from listing where id = ?", LocalDate.class, id)).isEqualTo(soon);
        mvc.perform(post("/echanges/" + id + "/prolonger").param("jeton", token).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Annonce prolongée")));
        assertThat(jdbc.queryForObject("select expires_on from listing where id = ?", LocalDate.class, id))
                .isEqualTo(clock.today().plusDays(30));
        mvc.perform(post("/echanges/" + id + "/prolonger").param("jeton", token).with(csrf())).andExpect(status().isGone());
        mvc.perform(get("/echanges/" + id + "/prolonger").param("jeton", token)).andExpect(status().isGone());
        mvc.perform(get("/echanges/" + id + "/prolonger").param("jeton", "00" + token.substring(2))).andExpect(status().isGone());
        mvc.perform(get("/echanges/" + id + "/prolonger")).andExpect(status().isGone());

        // the new expiry gets its own notice when it comes
        jdbc.update("update listing set expires_on = ? where id = ?", clock.today().plusDays(1), id);
        reminders.sendExpiryNotices();
        assertThat(emailsTo(email, "listing-" + id + "-expiry-")).isEqualTo(2);
    }

    @Test
    void aRecordedLoanIsRemindedTheDayBeforeItsReturnThenFlaggedLateOnceEach() throws Exception {
        long id = publishing.publish(f.homeResident(), titled(lend(ObjectCondition.GOOD, 7), "Escabeau", "d"));
        mvc.perform(post("/echanges/" + id + "/pret").with(user(data.user(f.homeResident()))).with(csrf())
                        .param("lentTo", "Hugo").param("returnOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez la date de retour")));
        mvc.perform(post("/echanges/" + id + "/pret").with(user(data.user(f.homeResident()))).with(csrf())
                        .param("lentTo", "Hugo").param("returnOn", clock.today().plusDays(1).toString()))
                .andExpect(status().is3xxRedirection());
        long booking = jdbc.queryForObject("select id from listing_booking where listing_id = ?", Long.class, id);

        reminders.sendBookingReminders();
        reminders.sendBookingReminders();
        assertThat(emailsTo(email, "booking-" + booking + "-return-")).isEqualTo(1);
        assertThat(emailsTo(email, "booking-" + booking + "-pickup-")).isZero();
        assertThat(outbox.latestTo(email).orElseThrow().textBody()).contains("Escabeau", "Hugo");

        // the return day has passed and the ladder is not back: flagged late, once
        jdbc.update("update listing_booking set starts_on = ?, ends_on = ? where id = ?", clock.today().minusDays(3),
                clock.today().minusDays(1), booking);
        reminders.sendBookingReminders();
        reminders.sendBookingReminders();
        assertThat(emailsTo(email, "booking-" + booking + "-late-")).isEqualTo(1);
        mvc.perform(get("/echanges/" + id).with(user(data.user(f.homeResident()))))
                .andExpect(content().string(containsString("Retour en retard")));

        mvc.perform(post("/echanges/" + id + "/rendu").with(user(data.user(f.homeResident()))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select returned_at is not null from listing_booking where id = ?",
                Boolean.class, booking)).isTrue();
        reminders.sendBookingReminders();
        assertThat(emailsTo(email, "booking-" + booking + "-")).isEqualTo(2);
    }
}
