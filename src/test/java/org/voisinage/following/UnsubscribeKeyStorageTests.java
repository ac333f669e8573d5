package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.TestData;

/** An unsubscribe key is in the email, nowhere in clear in the database: whoever reads the tables cannot use it. */
class UnsubscribeKeyStorageTests extends MailTestSupport {

    static final Pattern KEY = Pattern.compile("/desabonnement/([A-Za-z0-9_-]{22})>");

    @Autowired Follows follows;
    @Autowired ActivityIntake intake;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired UnsubscribeKeys keys;

    @Test
    void theEmailedKeyWorksAndNoTableHoldsItInClear() throws Exception {
        long resident = data.resident("RESIDENT", "VERIFIED", null, null);
        String email = data.emailOf(resident);
        Topic topic = new Topic("test", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        follows.follow(resident, topic, Frequency.IMMEDIATE);

        intake.record(new TopicActivity(topic, "Composteurs", "/tests/" + topic.id(), "milestone",
                "following.activity.update", List.of("Objectif atteint"), 0, true, Instant.now()));
        OutboxDelivery.sendDue(context);
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
        assertThat(received).hasSize(1);
        String header = MimeUtility.unfold(received[0].getHeader("List-Unsubscribe", null));
        Matcher link = KEY.matcher(header);
        assertThat(link.find()).as(header).isTrue();
        String key = link.group(1);

        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and table_name in ('follower', 'follow', 'unsubscribe_key', 'outbox_email')
                group by table_name""", String.class);
        assertThat(tables).contains("follower", "follow", "outbox_email");
        for (String table : tables) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " t where t::text like ?", Long.class,
                    "%" + key + "%")).as("rows of %s holding the key", table).isZero();
        }

        mvc.perform(post("/desabonnement/{key}", key).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
        assertThat(follows.frequency(resident, topic)).contains(Frequency.OFF);
    }

    @Test
    void keysOlderThanTheirValidityArePurgedAndTheirLinksNoLongerWork() throws Exception {
        long resident = data.resident("RESIDENT", "VERIFIED", null, null);
        follows.follow(resident, new Topic("test", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)));
        long follower = jdbc.queryForObject("select id from follower where resident_id = ?", Long.class, resident);
        UnsubscribeKeys.Batch batch = keys.batch();
        String old = batch.allTopics(follower);
        String recent = batch.allTopics(follower);
        batch.save();
        jdbc.update("update unsubscribe_key set created_at = now() - interval '401 days' where key_hash = ?",
                org.voisinage.following.internal.Keys.sha256(old));

        assertThat(keys.purge()).isGreaterThanOrEqualTo(1);
        assertThat(keys.find(old)).isEmpty();
        assertThat(keys.find(recent)).isPresent();
    }
}
