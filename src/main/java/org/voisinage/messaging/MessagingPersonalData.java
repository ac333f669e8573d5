package org.voisinage.messaging;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/**
 * The messaging module's part of a data export: the messages the person sent (those they received belong to their
 * authors), and whom they blocked.
 */
@Component
class MessagingPersonalData extends SqlPersonalData {

    MessagingPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "messages", ordered(
                Map.entry("sent", """
                        select id, conversation_id, body, sent_at, hidden_at, hidden_reason from message
                        where author_id = ? order by sent_at, id"""),
                Map.entry("blocked", "select blocked_id, created_at from resident_block where blocker_id = ?")), null);
    }
}
