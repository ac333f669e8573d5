package org.voisinage.profile;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.moderation.AuditTrail;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritorySummary;

/**
 * Optional time credits, switched on per territory by staff (off by default): each confirmed service moves
 * {@link #HOURS_PER_SERVICE} from the one who received it to the one who gave it, as a double-entry ledger.
 */
@Service
@Transactional(readOnly = true)
public class TimeCredits {

    /** Every service counts the same: an hour of one's time. */
    static final BigDecimal HOURS_PER_SERVICE = BigDecimal.ONE;

    private final JdbcClient jdbc;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final AuditTrail auditTrail;
    private final Clock clock;

    TimeCredits(JdbcClient jdbc, Residents residents, Neighbourhoods neighbourhoods, AuditTrail auditTrail,
            Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    public boolean isEnabled(long territoryId) {
        return jdbc.sql("select enabled from territory_credit_setting where territory_id = ?").param(territoryId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Whether time credits apply where the resident lives. */
    public boolean appliesTo(long residentId) {
        return territoryOf(residentId).map(this::isEnabled).orElse(false);
    }

    @Transactional
    public void setEnabled(long territoryId, boolean enabled, long staffId) {
        neighbourhoods.territory(territoryId);
        jdbc.sql("""
                insert into territory_credit_setting (territory_id, enabled) values (?, ?)
                on conflict (territory_id) do update set enabled = excluded.enabled""")
                .params(territoryId, enabled).update();
        auditTrail.record(staffId, enabled ? "profile.credits.enable" : "profile.credits.disable",
                "territory:" + territoryId, null);
    }

    /** What becomes of a leaver's credits in this territory ({@link LeaverCredits#KEEP} until staff choose). */
    public LeaverCredits leaverCredits(long territoryId) {
        return jdbc.sql("select leaver_credits from territory_credit_setting where territory_id = ?").param(territoryId)
                .query(String.class).optional().map(LeaverCredits::valueOf).orElse(LeaverCredits.KEEP);
    }

    /** Staff decide what becomes of leavers' credits in the territory (audited). */
    @Transactional
    public void setLeaverCredits(long territoryId, LeaverCredits choice, long staffId) {
        neighbourhoods.territory(territoryId);
        jdbc.sql("""
                insert into territory_credit_setting (territory_id, enabled, leaver_credits) values (?, false, ?)
                on conflict (territory_id) do update set leaver_credits = excluded.leaver_credits""")
                .params(territoryId, choice.name()).update();
        auditTrail.record(staffId, "profile.credits.leavers", "territory:" + territoryId, choice.name());
    }

    /**
     * A leaver's credits earned in the territory, settled as it decided: kept, or their balance there returned to
     * its pot by a settlement transfer (two movements summing to zero), once: a leaver already settled has a zero
     * balance there.
     */
    @Transactional
    void settleLeaver(long residentId, long territoryId) {
        if (leaverCredits(territoryId) != LeaverCredits.RETURN_TO_POOL) {
            return;
        }
        BigDecimal balance = jdbc.sql("""
                select coalesce(sum(m.hours), 0) from credit_movement m join credit_transfer t on t.id = m.transfer_id
                where m.resident_id = ? and t.territory_id = ?""").params(residentId, territoryId)
                .query(BigDecimal.class).single();
        List<CreditLedger.Movement> movements = CreditLedger.settle(residentId, balance);
        if (movements.isEmpty()) {
            return;
        }
        long transferId = jdbc.sql("""
                insert into credit_transfer (territory_id, hours, created_at, settled_resident_id) values (?, ?, ?, ?)
                returning id""")
                .params(territoryId, balance.abs(), Timestamp.from(clock.instant()), residentId)
                .query(Long.class).single();
        movements.forEach(movement -> jdbc.sql(
                        "insert into credit_movement (transfer_id, resident_id, hours) values (?, ?, ?)")
                .params(transferId, movement.residentId(), movement.hours()).update());
    }

    /** Records the transfer of a confirmed service, once, when credits apply in the giver's territory. */
    @Transactional
    void exchangeCompleted(CompletedExchange exchange) {
        if (!exchange.isService()) {
            return;
        }
        Optional<Long> territory = territoryOf(exchange.getGiverId());
        if (territory.isEmpty() || !isEnabled(territory.get())) {
            return;
        }
        Optional<Long> transferId = jdbc.sql("""
                insert into credit_transfer (conversation_id, territory_id, hours, created_at) values (?, ?, ?, ?)
                on conflict (conversation_id) do nothing returning id""")
                .params(exchange.getConversationId(), territory.get(), HOURS_PER_SERVICE,
                        Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        transferId.ifPresent(id -> CreditLedger.transfer(exchange.getReceiverId(), exchange.getGiverId(),
                HOURS_PER_SERVICE).forEach(movement -> jdbc.sql(
                        "insert into credit_movement (transfer_id, resident_id, hours) values (?, ?, ?)")
                .params(id, movement.residentId(), movement.hours()).update()));
    }

    public BigDecimal balance(long residentId) {
        return jdbc.sql("select coalesce(sum(hours), 0) from credit_movement where resident_id = ?")
                .param(residentId).query(BigDecimal.class).single();
    }

    public CreditReport report(long territoryId) {
        TerritorySummary territory = neighbourhoods.territory(territoryId);
        long transfers = jdbc.sql("select count(*) from credit_transfer where territory_id = ?").param(territoryId)
                .query(Long.class).single();
        record Row(long residentId, BigDecimal hours) {}
        List<Row> rows = jdbc.sql("""
                select m.resident_id, sum(m.hours) as hours from credit_movement m
                join credit_transfer t on t.id = m.transfer_id
                where t.territory_id = ? and m.resident_id is not null
                group by m.resident_id order by sum(m.hours) desc, m.resident_id""")
                .param(territoryId)
                .query((rs, n) -> new Row(rs.getLong("resident_id"), rs.getBigDecimal("hours"))).list();
        List<CreditReport.Balance> balances = rows.stream().map(row -> new CreditReport.Balance(row.residentId(),
                residents.find(row.residentId()).map(ResidentView::displayName).orElse("?"), row.hours())).toList();
        BigDecimal pot = jdbc.sql("""
                select coalesce(sum(m.hours), 0) from credit_movement m join credit_transfer t on t.id = m.transfer_id
                where t.territory_id = ? and m.resident_id is null""").param(territoryId).query(BigDecimal.class).single();
        BigDecimal total = rows.stream().map(Row::hours).reduce(pot, BigDecimal::add);
        return new CreditReport(territoryId, territory.name(), isEnabled(territoryId), transfers, balances, total,
                pot, leaverCredits(territoryId));
    }

    private Optional<Long> territoryOf(long residentId) {
        return residents.find(residentId).map(ResidentView::neighbourhoodId)
                .map(neighbourhoodId -> neighbourhoods.get(neighbourhoodId).territoryId());
    }
}
