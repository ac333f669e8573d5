package org.voisinage.messaging;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.Refusal;

/** Residents blocking others: no messages either way, no contact buttons, their conversations read-only. */
@Service
@Transactional(readOnly = true)
public class Blocks {

    private final JdbcClient jdbc;
    private final Clock clock;

    Blocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void block(long blockerId, long blockedId) {
        if (blockerId == blockedId) {
            throw Refusal.conflict("messaging.block.refused.self");
        }
        jdbc.sql("""
                insert into resident_block (blocker_id, blocked_id, created_at) values (?, ?, ?)
                on conflict do nothing""")
                .params(blockerId, blockedId, java.sql.Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void unblock(long blockerId, long blockedId) {
        jdbc.sql("delete from resident_block where blocker_id = ? and blocked_id = ?").params(blockerId, blockedId)
                .update();
    }

    /** Whether {@code blockerId} blocked {@code blockedId}. */
    public boolean hasBlocked(long blockerId, long blockedId) {
        return jdbc.sql("select exists (select 1 from resident_block where blocker_id = ? and blocked_id = ?)")
                .params(blockerId, blockedId).query(Boolean.class).single();
    }

    /** Who blocked whom between two residents: {@code one} the other, the other {@code one}. */
    public record Between(boolean oneBlockedOther, boolean otherBlockedOne) {}

    /** Both directions in one statement (a conversation's page shows which side blocked). */
    public Between between(long one, long other) {
        return jdbc.sql("""
                select exists (select 1 from resident_block where blocker_id = :one and blocked_id = :other),
                       exists (select 1 from resident_block where blocker_id = :other and blocked_id = :one)""")
                .param("one", one).param("other", other)
                .query((rs, i) -> new Between(rs.getBoolean(1), rs.getBoolean(2))).single();
    }

    /** Whether either blocked the other: no messages between them. */
    public boolean eitherBlocked(long one, long other) {
        return jdbc.sql("""
                select exists (select 1 from resident_block
                               where (blocker_id = ? and blocked_id = ?) or (blocker_id = ? and blocked_id = ?))""")
                .params(one, other, other, one).query(Boolean.class).single();
    }
}
