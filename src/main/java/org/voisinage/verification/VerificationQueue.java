package org.voisinage.verification;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.ResidentStatus;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/** The staff queue of residents waiting for their address proof, and staff review: verify or reject. */
@Service
@Transactional(readOnly = true)
public class VerificationQueue {

    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final Letters letters;
    private final LetterRepository letterRepository;
    private final VouchRepository vouches;
    private final MemberRegister register;
    private final VerificationAudit audit;

    VerificationQueue(Residents residents, Neighbourhoods neighbourhoods, Letters letters,
            LetterRepository letterRepository, VouchRepository vouches, MemberRegister register,
            VerificationAudit audit) {
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.letters = letters;
        this.letterRepository = letterRepository;
        this.vouches = vouches;
        this.register = register;
        this.audit = audit;
    }

    /**
     * Pending (or, with the REJECTED filter, rejected) residents, oldest first. The queue is filtered in memory:
     * it holds the people waiting for a proof, hundreds at most on one instance.
     */
    public Page<QueueRow> rows(QueueFilter filter, Long neighbourhoodId, Pageable pageable, Viewer staff) {
        QueueFilter chosen = filter == null ? QueueFilter.PENDING : filter;
        // staff limited to some territories see only the people of their neighbourhoods
        List<ResidentDetails> people = (chosen == QueueFilter.REJECTED
                ? residents.withStatus(ResidentStatus.REJECTED, neighbourhoodId)
                : residents.pending(neighbourhoodId)).stream()
                .filter(r -> staff.staffOfNeighbourhood(r.neighbourhoodId())).toList();
        List<QueueRow> rows = rows(people).stream().filter(row -> matches(row, chosen)).toList();
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        int to = Math.min(from + pageable.getPageSize(), rows.size());
        return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
    }


    private static boolean matches(QueueRow row, QueueFilter filter) {
        LetterStatus letter = row.letter() == null ? null : row.letter().status();
        return switch (filter) {
            case PENDING, REJECTED -> true;
            case NO_LETTER -> letter == null || !letter.active();
            case LETTER_GENERATED -> letter == LetterStatus.GENERATED;
            case LETTER_SENT -> letter == LetterStatus.SENT;
            case VOUCHED_ONCE -> row.vouches() == 1;
            case MEMBER_MATCH -> row.memberMatch() == MemberMatch.MATCH || row.memberMatch() == MemberMatch.OTHER_ADDRESS;
        };
    }

    private List<QueueRow> rows(List<ResidentDetails> people) {
        List<Long> ids = people.stream().map(ResidentDetails::id).toList();
        Map<Long, VerificationLetter> latestLetters = letters.latest(ids);
        Map<Long, Long> vouchCounts = vouchCounts(ids);
        Map<Long, MemberMatch> memberMatches = register.matches(people);
        Map<Long, AuditView> lastAudit = audit.latest(ids);
        Map<Long, String> neighbourhoodNames = new HashMap<>();
        return people.stream().map(r -> new QueueRow(r,
                r.neighbourhoodId() == null ? null : neighbourhoodNames.computeIfAbsent(r.neighbourhoodId(),
                        id -> neighbourhoods.get(id).name()),
                latestLetters.containsKey(r.id()) ? LetterView.of(latestLetters.get(r.id())) : null,
                vouchCounts.getOrDefault(r.id(), 0L), memberMatches.get(r.id()), lastAudit.get(r.id()))).toList();
    }

    private Map<Long, Long> vouchCounts(Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            vouches.countByVouchee(ids).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    public ResidentCase caseOf(long residentId) {
        ResidentDetails resident = residents.details(residentId)
                .orElseThrow(() -> new NotFoundException("resident", residentId));
        QueueRow row = rows(List.of(resident)).get(0);
        List<LetterView> history = letterRepository.findByResidentIdOrderByCreatedAtDesc(residentId).stream()
                .map(LetterView::of).toList();
        return new ResidentCase(row, history, audit.forResident(residentId));
    }

    public List<NeighbourhoodSummary> neighbourhoods() {
        return neighbourhoods.all();
    }

    /**
     * Staff verify a pending or rejected resident after checking their proof themselves.
     *
     * @return false when the resident was already verified
     * @throws org.voisinage.common.Refusal conflict ({@code Residents.HOUSEHOLD_FULL}) when the address is full
     *         (nothing changes)
     */
    @Transactional
    public boolean verify(long residentId, long staffId) {
        ResidentDetails resident = residents.details(residentId)
                .orElseThrow(() -> new NotFoundException("resident", residentId));
        if (resident.status() == ResidentStatus.VERIFIED) {
            return false;
        }
        residents.verify(residentId, VerificationMethod.STAFF_REVIEW.code());
        audit.record(residentId, staffId, VerificationMethod.STAFF_REVIEW, AuditOutcome.VERIFIED, null);
        return true;
    }

    /** Staff refuse a pending resident's proof; the reason is sent to them and kept in the audit. */
    @Transactional
    public boolean reject(long residentId, String reason, long staffId) {
        ResidentDetails resident = residents.details(residentId)
                .orElseThrow(() -> new NotFoundException("resident", residentId));
        if (resident.status() != ResidentStatus.PENDING) {
            return false;
        }
        residents.reject(residentId, reason.strip());
        audit.record(residentId, staffId, VerificationMethod.STAFF_REVIEW, AuditOutcome.REJECTED, reason.strip());
        return true;
    }

    /**
     * Staff correct a resident's flat (a letter came back, the register says otherwise): later letters and the
     * household cap follow it. Audited, the new flat as the reason.
     */
    @Transactional
    public void correctFlat(long residentId, String flat, long staffId) {
        String corrected = flat == null || flat.isBlank() ? null : flat.strip();
        residents.correctFlat(residentId, corrected);
        audit.record(residentId, staffId, VerificationMethod.STAFF_REVIEW, AuditOutcome.FLAT_CORRECTED, corrected);
    }
}
