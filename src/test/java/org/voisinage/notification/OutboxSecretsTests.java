package org.voisinage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.TestData;

/**
 * Staff read the outbox; a password reset link of an administrator in it would let a staff member take the
 * account over. No page under /admin and no stored row holds the token: before the email is sent, nor after.
 */
class OutboxSecretsTests extends MailTestSupport {

    static final Pattern RESET_TOKEN = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]{20,})");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    void anAdministratorsPasswordResetLinkIsReadableNowhereButInTheirMailbox() throws Exception {
        long admin = data.resident("ADMIN", "VERIFIED", null, null);
        String adminEmail = data.emailOf(admin);
        UserDetails staff = data.user(data.resident("STAFF", "VERIFIED", null, null));

        mvc.perform(post("/password/forgot").param("email", adminEmail).with(csrf())).andExpect(redirectedUrl("/login"));
        long id = jdbc.queryForObject("select max(id) from outbox_email where recipient = ?", Long.class, adminEmail);
        // what staff and the database hold while the email waits, and once it is sent
        List<String> readable = new ArrayList<>(readableByStaffAndInTheRow(id, adminEmail, staff));

        OutboxDelivery.sendDue(context);
        MimeMessage received = smtp.getReceivedMessagesForDomain(adminEmail)[0];
        // the text part, decoded (the raw body is quoted-printable)
        String mailText = (String) ((MimeMultipart) received.getContent()).getBodyPart(0).getContent();
        Matcher link = RESET_TOKEN.matcher(mailText);
        assertThat(link.find()).as("the administrator receives a working link").isTrue();
        String token = link.group(1);
        readable.addAll(readableByStaffAndInTheRow(id, adminEmail, staff));

        assertThat(readable).isNotEmpty().noneSatisfy(text -> assertThat(text).contains(token));
        assertThat(String.join("\n", readable)).contains("/password/reset?token=\u2022\u2022\u2022\u2022\u2022\u2022");
        // and the link works for its recipient
        mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isOk());
    }

    private List<String> readableByStaffAndInTheRow(long id, String recipient, UserDetails staff) throws Exception {
        List<String> texts = new ArrayList<>();
        for (String page : List.of("/admin/outbox", "/admin/outbox?q=" + recipient, "/admin/outbox/" + id,
                "/admin/outbox/" + id + "/html")) {
            texts.add(mvc.perform(get(page).with(user(staff))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
        }
        texts.add(jdbc.queryForObject("select e::text from outbox_email e where id = ?", String.class, id));
        return texts;
    }
}
