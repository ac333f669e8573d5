package org.voisinage.verification;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.ResidentEmailConfirmed;
import org.voisinage.account.ResidentSignedUp;
import org.voisinage.account.ResidentStatus;
import org.voisinage.account.Residents;
import org.voisinage.common.Refusal;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.directory.AddressQuery;
import org.voisinage.directory.DirectoryAddress;
import org.voisinage.verification.internal.AttemptThrottle;
import org.voisinage.verification.internal.MemberCsv;
import org.voisinage.verification.internal.MemberNumbers;

/**
 * Proof by the cooperative's member register: a resident who signed up with a member number that the register
 * lists at the same directory address is verified as soon as their email address is confirmed. Wrong numbers are
 * counted per directory address and per client address, so that throw-away accounts cannot guess a household's
 * numbers.
 */
@Service
@Transactional(readOnly = true)
public class MemberRegister {

    private final MemberRegisterRepository entries;
    private final Residents residents;
    private final AddressDirectory directory;
    private final VerificationAudit audit;
    private final AttemptThrottle throttle;
    private final TransactionTemplate transactions;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final java.time.Clock clock;

    MemberRegister(MemberRegisterRepository entries, Residents residents, AddressDirectory directory,
            VerificationAudit audit, AttemptThrottle throttle, PlatformTransactionManager transactionManager,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.entries = entries;
        this.residents = residents;
        this.directory = directory;
        this.audit = audit;
        this.throttle = throttle;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public long size() {
        return entries.count();
    }

    public Page<MemberEntryView> entries(Pageable pageable) {
        return entries.findAllByOrderByMemberNumberAsc(pageable).map(MemberEntryView::of);
    }

    /**
     * Imports a CSV file: each line's address must match a directory address exactly; lines already known by
     * member number are updated. Then verifies the pending residents the register now proves.
     *
     * @return the report, or empty with {@code fileError} set in {@link MemberCsv.Result} when unreadable
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportOutcome importCsv(InputStream csv) throws IOException {
        MemberCsv.Result read = MemberCsv.read(csv);
        if (read.fileError() != null) {
            return new ImportOutcome(null, read.fileError());
        }
        ImportReport saved = transactions.execute(status -> save(read));
        int verified = verifyPendingMatches();
        return new ImportOutcome(new ImportReport(saved.created(), saved.updated(), verified, saved.problems(),
                saved.left()), null);
    }

    /** An import's report, or the message key of why the file could not be read at all. */
    public record ImportOutcome(ImportReport report, String fileError) {}

    private ImportReport save(MemberCsv.Result read) {
        List<ImportReport.LineProblem> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add(new ImportReport.LineProblem(p.lineNumber(), p.messageKey(), p.detail())));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, MemberRegisterEntry> known = entries.findByMemberNumberIn(read.lines().stream()
                        .map(l -> MemberNumbers.normalise(l.memberNumber())).toList()).stream()
                .collect(Collectors.toMap(MemberRegisterEntry::getMemberNumber, Function.identity()));
        int created = 0;
        int updated = 0;
        long importId = jdbc.sql("insert into member_register_import (imported_at) values (?) returning id")
                .param(java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
        for (MemberCsv.Line line : read.lines()) {
            String number = MemberNumbers.normalise(line.memberNumber());
            Integer earlier = seen.putIfAbsent(number, line.lineNumber());
            if (earlier != null) {
                problems.add(new ImportReport.LineProblem(line.lineNumber(), "verification.members.line.duplicate",
                        String.valueOf(earlier)));
                continue;
            }
            Optional<DirectoryAddress> address = directory
                    .match(new AddressQuery(line.number(), line.street(), line.postcode(), line.town())).exact();
            if (address.isEmpty()) {
                problems.add(new ImportReport.LineProblem(line.lineNumber(), "verification.members.line.noAddress",
                        line.number() + " " + line.street() + ", " + line.postcode() + " " + line.town()));
                continue;
            }
            MemberRegisterEntry entry = known.get(number);
            if (entry == null) {
                entry = new MemberRegisterEntry(number);
                created++;
            } else {
                updated++;
            }
            entry.update(line.name(), line.number(), line.street(), line.postcode(), line.town(), address.get().id(),
                    line.flat());
            entry.listedBy(importId);
            entries.save(entry);
        }
        entries.flush();
        // a line refused for its address still names a member: they have not left, only their line needs a fix
        known.values().stream().filter(e -> !Objects.equals(e.getLastImportId(), importId))
                .forEach(e -> e.listedBy(importId));
        entries.flush();
        // listed by the last import, not by this one (those gone before are not reported again)
        List<String> left = jdbc.sql("""
                update member_register_entry set left_at = ?
                where left_at is null and last_import_id is distinct from ? returning member_number""")
                .params(java.sql.Timestamp.from(clock.instant()), importId).query(String.class).list();
        // the register knows the landlord's buildings: their addresses now ask for the flat at signup
        entries.addressesWithSeveralFlats().forEach(a -> directory.recordDwellings(a.getAddressId(), a.getDwellings()));
        problems.sort((a, b) -> Integer.compare(a.lineNumber(), b.lineNumber()));
        return new ImportReport(created, updated, 0, List.copyOf(problems), left.stream().sorted().toList());
    }

    /**
     * Verifies every pending resident the register proves, each in a transaction of its own so that one full
     * household does not undo the others.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int verifyPendingMatches() {
        // no proof counts before the email address is confirmed
        List<ResidentDetails> pending = residents.pending(null).stream()
                .filter(r -> MemberNumbers.normalise(r.memberNumber()) != null && r.emailConfirmedAt() != null).toList();
        Map<Long, MemberMatch> matches = matches(pending);
        int verified = 0;
        for (ResidentDetails resident : pending) {
            if (matches.get(resident.id()) != MemberMatch.MATCH) {
                continue;
            }
            try {
                transactions.executeWithoutResult(status -> {
                    takeFlatFromRegister(resident, MemberNumbers.normalise(resident.memberNumber()));
                    residents.verify(resident.id(), VerificationMethod.MEMBER_REGISTER.code());
                    audit.record(resident.id(), null, VerificationMethod.MEMBER_REGISTER, AuditOutcome.VERIFIED, null);
                });
                verified++;
            } catch (Refusal householdFull) {
                audit.recordHouseholdFull(resident.id(), null, VerificationMethod.MEMBER_REGISTER);
            }
        }
        return verified;
    }

    /**
     * At signup, inside the signup's transaction: counts a number the register does not list at this address as a
     * wrong guess, and refuses the signup (nothing is created) once too many were tried for the address or from the
     * client. A right number waits for the email address to be confirmed.
     *
     * @throws Refusal limited, past the limit
     */
    @EventListener
    @Transactional
    void on(ResidentSignedUp event) {
        String number = MemberNumbers.normalise(event.memberNumber());
        if (number == null || event.addressId() == null) {
            return;
        }
        if (throttle.memberNumbersBlocked(event.clientAddress(), event.addressId())) {
            throw Refusal.limited("verification.memberNumber.tooManyAttempts");
        }
        if (!proves(number, event.addressId())) {
            throttle.recordMemberNumberMiss(event.clientAddress(), event.addressId());
        }
    }

    /**
     * When the email address is confirmed, inside that transaction: verifies the resident whose member number the
     * register lists at their address. The household cap is checked first, because a refusal thrown from here would
     * undo the confirmation itself.
     */
    @EventListener
    @Transactional
    void on(ResidentEmailConfirmed event) {
        ResidentDetails resident = residents.details(event.residentId()).orElse(null);
        if (resident == null || resident.status() != ResidentStatus.PENDING || resident.addressId() == null) {
            return;
        }
        String number = MemberNumbers.normalise(resident.memberNumber());
        if (number == null || !proves(number, resident.addressId())) {
            return;
        }
        takeFlatFromRegister(resident, number);
        if (residents.householdFull(resident.id())) {
            audit.record(resident.id(), null, VerificationMethod.MEMBER_REGISTER, AuditOutcome.HOUSEHOLD_FULL, null);
            return;
        }
        residents.verify(resident.id(), VerificationMethod.MEMBER_REGISTER.code());
        audit.record(resident.id(), null, VerificationMethod.MEMBER_REGISTER, AuditOutcome.VERIFIED, null);
    }

    /** A resident who left the flat blank gets the one the register lists (letters and the household cap use it). */
    private void takeFlatFromRegister(ResidentDetails resident, String number) {
        if (resident.flat() == null || resident.flat().isBlank()) {
            entries.findById(number).map(MemberRegisterEntry::getFlat).filter(f -> f != null && !f.isBlank())
                    .ifPresent(flat -> residents.correctFlat(resident.id(), flat));
        }
    }

    private boolean proves(String number, String addressId) {
        // a member who left still proves during the grace period, no longer once withdrawn
        return entries.findById(number).filter(e -> e.getWithdrawnAt() == null)
                .map(e -> e.getAddressId().equals(addressId)).orElse(false);
    }

    /** How each resident's member number compares with the register. */
    Map<Long, MemberMatch> matches(Collection<ResidentDetails> people) {
        List<String> numbers = people.stream().map(r -> MemberNumbers.normalise(r.memberNumber()))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, MemberRegisterEntry> found = numbers.isEmpty() ? Map.of()
                : entries.findByMemberNumberIn(numbers).stream()
                        .collect(Collectors.toMap(MemberRegisterEntry::getMemberNumber, Function.identity()));
        Map<Long, MemberMatch> matches = new HashMap<>();
        for (ResidentDetails r : people) {
            String number = MemberNumbers.normalise(r.memberNumber());
            MemberRegisterEntry entry = number == null ? null : found.get(number);
            matches.put(r.id(), number == null ? MemberMatch.NONE
                    : entry == null ? MemberMatch.NOT_IN_REGISTER
                    : entry.getAddressId().equals(r.addressId()) ? MemberMatch.MATCH : MemberMatch.OTHER_ADDRESS);
        }
        return matches;
    }
}
