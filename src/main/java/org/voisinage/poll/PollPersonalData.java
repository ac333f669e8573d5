package org.voisinage.poll;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/** The poll module's part of a data export: the person's ballots and the polls they opened. */
@Component
class PollPersonalData extends SqlPersonalData {

    PollPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "polls", ordered(
                Map.entry("ballots", """
                        select p.question, o.label as choice, b.cast_at from poll_ballot b
                        join poll p on p.id = b.poll_id
                        join poll_choice c on c.ballot_id = b.id
                        join poll_option o on o.id = c.option_id
                        where b.resident_id = ? order by b.cast_at, o.position"""),
                Map.entry("opened", "select id, question, ends_at, created_at from poll where created_by = ? order by id")),
                null);
    }
}
