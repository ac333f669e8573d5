package org.voisinage.verification;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;

/** The record of every verification, rejection and household-cap refusal, whatever the method. */
@Service
@Transactional(readOnly = true)
public class VerificationAudit {

    private final AuditRepository entries;
    private final Residents residents;

    VerificationAudit(AuditRepository entries, Residents residents) {
        this.entries = entries;
        this.residents = residents;
    }

    @Transactional
    void record(long residentId, Long actorId, VerificationMethod method, AuditOutcome outcome, String reason) {
        entries.save(new AuditEntry(residentId, actorId, method, outcome, reason));
    }

    /**
     * A proof was refused because the address is full. Called after the proof's own transaction rolled
     * back, so it gets a transaction of its own.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordHouseholdFull(long residentId, Long actorId, VerificationMethod method) {
        entries.save(new AuditEntry(residentId, actorId, method, AuditOutcome.HOUSEHOLD_FULL, null));
    }

    /** The audit, newest first, optionally of one method only (null for all). */
    public Page<AuditView> page(VerificationMethod method, Pageable pageable) {
        Page<AuditEntry> page = method == null ? entries.findAll(pageable) : entries.findByMethod(method, pageable);
        Map<Long, String> names = new HashMap<>();
        return page.map(e -> view(e, names));
    }

    public List<AuditView> forResident(long residentId) {
        Map<Long, String> names = new HashMap<>();
        return entries.findByResidentIdOrderByCreatedAtDesc(residentId).stream().map(e -> view(e, names)).toList();
    }

    /** Each resident's most recent audit line, for the queue. */
    Map<Long, AuditView> latest(Collection<Long> residentIds) {
        Map<Long, AuditView> latest = new LinkedHashMap<>();
        if (residentIds.isEmpty()) {
            return latest;
        }
        Map<Long, String> names = new HashMap<>();
        for (AuditEntry e : entries.findByResidentIdInOrderByCreatedAtDesc(residentIds)) {
            latest.computeIfAbsent(e.getResidentId(), id -> view(e, names));
        }
        return latest;
    }

    private AuditView view(AuditEntry e, Map<Long, String> names) {
        return new AuditView(e.getId(), e.getResidentId(), name(e.getResidentId(), names), e.getActorId(),
                e.getActorId() == null ? null : name(e.getActorId(), names), e.getMethod(), e.getOutcome(),
                e.getReason(), e.getCreatedAt());
    }

    private String name(long residentId, Map<Long, String> names) {
        return names.computeIfAbsent(residentId,
                id -> residents.find(id).map(ResidentView::displayName).orElse("#" + id));
    }
}
