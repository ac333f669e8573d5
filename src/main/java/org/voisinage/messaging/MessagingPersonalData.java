package org.voisinage.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.PersonalDataContributor;

/** The messaging module's part of a data export: the messages the person sent (those they received belong to their authors). */
@Component
class MessagingPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    MessagingPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "messages";
    }

    @Override
    public Object data(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sent", jdbc.queryForList("""
                select id, conversation_id, body, sent_at, hidden_at, hidden_reason from message
                where author_id = ? order by sent_at, id""", residentId));
        data.put("blocked", jdbc.queryForList(
                "select blocked_id, created_at from resident_block where blocker_id = ?", residentId));
        return data;
    }
}
