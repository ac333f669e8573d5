package org.voisinage.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;

/**
 * Members the register no longer lists: after the grace period their residents lose their verified status (the
 * account module tells them and every module hands over what they leave behind, on {@code ResidentLeft}), unless
 * staff keep them, with a reason, audited.
 */
@Service
@Transactional(readOnly = true)
public class RegisterLeavers {

    private static final Logger log = LoggerFactory.getLogger(RegisterLeavers.class);

    private final MemberRegisterRepository entries;
    private final Residents residents;
    private final VerificationAudit audit;
    private final MemberRegisterProperties properties;
    private final Clock clock;

    RegisterLeavers(MemberRegisterRepository entries, Residents residents, VerificationAudit audit,
            MemberRegisterProperties properties, Clock clock) {
        this.entries = entries;
        this.residents = residents;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A member who left, still verified during the grace period, for the staff page. */
    public record Leaver(String memberNumber, String name, Instant leftAt, Instant withdrawnOn) {}

    public List<Leaver> inGrace() {
        return entries.findLeaversInGrace().stream().map(e -> new Leaver(e.getMemberNumber(), e.getName(),
                e.getLeftAt(), e.getLeftAt().plus(properties.leaverGracePeriod()))).toList();
    }

    /**
     * The leavers a member of staff handles: every one for global staff; for staff limited to some territories, those
     * whose accounts live there (the register is the cooperative's, one file for every city: its import stays with
     * global staff, but each leaver belongs where their accounts are).
     */
    public List<Leaver> inGrace(Viewer staff) {
        List<Leaver> all = inGrace();
        if (!staff.limitedStaff() || all.isEmpty()) {
            return all;
        }
        Set<String> theirs = handledBy(staff, all.stream().map(Leaver::memberNumber).toList());
        return all.stream().filter(l -> theirs.contains(l.memberNumber())).toList();
    }

    /**
     * {@link #keep(String, String, long)} by a member of staff, for a leaver they handle ({@link #inGrace(Viewer)}).
     *
     * @throws NotFoundException no such member among the leavers this member of staff handles
     */
    @Transactional
    public void keep(String memberNumber, String reason, Viewer staff) {
        if (staff.limitedStaff() && !handledBy(staff, List.of(memberNumber)).contains(memberNumber)) {
            throw new NotFoundException("leaver", memberNumber);
        }
        keep(memberNumber, reason, staff.id());
    }

    /** Among these member numbers, those with a verified account in a neighbourhood of the staff member's. */
    private Set<String> handledBy(Viewer staff, List<String> memberNumbers) {
        return residents.verifiedWithMemberNumbers(memberNumbers).stream()
                .filter(r -> staff.staffOfNeighbourhood(r.neighbourhoodId()))
                .map(ResidentDetails::memberNumber).collect(Collectors.toSet());
    }

    /**
     * Staff keep a member the register no longer lists (an error in the register, a member in good standing):
     * their residents stay verified. The reason is kept on the entry and in each resident's verification audit.
     *
     * @throws NotFoundException no such member among the leavers
     */
    @Transactional
    public void keep(String memberNumber, String reason, long staffId) {
        MemberRegisterEntry entry = entries.findById(memberNumber).filter(e -> e.getLeftAt() != null
                        && e.getWithdrawnAt() == null && e.getKeptAt() == null)
                .orElseThrow(() -> new NotFoundException("leaver", memberNumber));
        entry.keep(staffId, reason.strip(), clock.instant());
        residents.verifiedWithMemberNumbers(List.of(memberNumber)).forEach(r -> audit.record(r.id(), staffId,
                VerificationMethod.MEMBER_REGISTER, AuditOutcome.KEPT, reason.strip()));
    }

    /**
     * Every day: the leavers past their grace period lose their verified status, one transaction for all (each
     * departure's hand-over runs after commit, in the modules' listeners).
     */
    // one instance a night; the work itself stays callable (staff, tests) without the lock
    @Scheduled(cron = "${voisinage.register.leavers-cron:0 20 4 * * *}", zone = "#{@siteClock.zone().id}")
    @SchedulerLock(name = "register-leavers", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    @Transactional // a call from inside the class does not pass the proxy of withdrawLeaversPastGrace
    void withdrawOnSchedule() {
        withdrawLeaversPastGrace();
    }

    @Transactional
    public int withdrawLeaversPastGrace() {
        Instant now = clock.instant();
        List<MemberRegisterEntry> past = entries.findLeaversPast(now.minus(properties.leaverGracePeriod()));
        int withdrawn = 0;
        for (MemberRegisterEntry entry : past) {
            for (ResidentDetails resident : residents.verifiedWithMemberNumbers(List.of(entry.getMemberNumber()))) {
                if (residents.withdrawVerification(resident.id())) {
                    audit.record(resident.id(), null, VerificationMethod.MEMBER_REGISTER, AuditOutcome.LEFT, null);
                    withdrawn++;
                }
            }
            entry.withdrawn(now);
        }
        if (withdrawn > 0) {
            log.info("{} residents who left the member register lost their verified status", withdrawn);
        }
        return withdrawn;
    }
}
