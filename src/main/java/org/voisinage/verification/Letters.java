package org.voisinage.verification;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.ResidentStatus;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.directory.DirectoryAddress;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.verification.internal.AttemptThrottle;
import org.voisinage.verification.internal.LetterCodes;
import org.voisinage.verification.internal.LetterPdf;
import org.voisinage.verification.internal.Lockout;

/** Proof by letter: printing codes for pending residents, posting them, and checking what residents type. */
@Service
@Transactional(readOnly = true)
public class Letters {

    private final LetterRepository letters;
    private final CodeAttemptsRepository attempts;
    private final Residents residents;
    private final AddressDirectory directory;
    private final Neighbourhoods neighbourhoods;
    private final LetterPdf pdf;
    private final AttemptThrottle throttle;
    private final VerificationAudit audit;
    private final SecureRandom random = new SecureRandom();

    Letters(LetterRepository letters, CodeAttemptsRepository attempts, Residents residents, AddressDirectory directory,
            Neighbourhoods neighbourhoods, LetterPdf pdf, AttemptThrottle throttle, VerificationAudit audit) {
        this.letters = letters;
        this.attempts = attempts;
        this.residents = residents;
        this.directory = directory;
        this.neighbourhoods = neighbourhoods;
        this.pdf = pdf;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** Pending residents who have no letter on its way, oldest first, optionally of one neighbourhood. */
    public List<Long> withoutActiveLetter(Long neighbourhoodId) {
        List<ResidentDetails> pending = residents.pending(neighbourhoodId);
        Map<Long, VerificationLetter> latest = latest(pending.stream().map(ResidentDetails::id).toList());
        return pending.stream()
                .filter(r -> !latest.containsKey(r.id()) || !latest.get(r.id()).getStatus().active())
                .map(ResidentDetails::id).toList();
    }

    /**
     * Prints a letter with a fresh code for each pending resident among the given ones (others are skipped),
     * revoking their previous letter. The codes are only in the returned PDF.
     */
    @Transactional
    public LetterBatch generate(Collection<Long> residentIds, long staffId) {
        UUID batchId = UUID.randomUUID();
        List<LetterPdf.Letter> pages = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        for (long residentId : residentIds.stream().distinct().toList()) {
            ResidentDetails resident = residents.details(residentId)
                    .orElseThrow(() -> new NotFoundException("resident", residentId));
            if (resident.status() != ResidentStatus.PENDING) {
                continue;
            }
            // revoke first and flush: the one-active-letter index must see the old one closed before the insert
            letters.findActive(residentId).ifPresent(old -> {
                old.revoke();
                letters.saveAndFlush(old);
            });
            String code = LetterCodes.generate(random);
            String salt = LetterCodes.newSalt(random);
            VerificationLetter letter = letters.save(
                    new VerificationLetter(residentId, batchId, salt, LetterCodes.hash(salt, code), staffId));
            pages.add(page(resident, code, today,
                    LocalDate.ofInstant(letter.getExpiresAt(), ZoneId.systemDefault())));
        }
        letters.flush();
        return new LetterBatch(batchId, pages.size(), pages.isEmpty() ? new byte[0] : pdf.write(pages));
    }

    private LetterPdf.Letter page(ResidentDetails resident, String code, LocalDate today, LocalDate validUntil) {
        return new LetterPdf.Letter("Voisinage", place(resident), resident.displayName(), postalAddress(resident), code,
                today, validUntil, resident.locale());
    }

    /**
     * A printed note to a resident, for someone who has no email (an assisted account's summary): the letters' head
     * (sender, the address block for a window envelope, the date), then the title and paragraphs, in the resident's
     * language (lines starting "- " are a list).
     */
    public byte[] note(long residentId, String title, List<String> paragraphs) {
        ResidentDetails resident = residents.details(residentId)
                .orElseThrow(() -> new NotFoundException("resident", residentId));
        return pdf.writeNote(new LetterPdf.Note("Voisinage", place(resident), resident.displayName(),
                postalAddress(resident), LocalDate.now(ZoneId.systemDefault()), resident.locale(), title, paragraphs));
    }

    private List<String> postalAddress(ResidentDetails resident) {
        List<String> address = new ArrayList<>();
        Optional<DirectoryAddress> directoryAddress = resident.addressId() == null ? Optional.empty()
                : directory.find(resident.addressId());
        if (resident.flat() != null && !resident.flat().isBlank()) {
            address.add(resident.flat().strip());
        }
        directoryAddress.ifPresentOrElse(a -> {
            address.add(a.streetLine());
            address.add(a.postcode() + " " + a.town());
        }, () -> {
            if (resident.streetLabel() != null) {
                address.add(resident.streetLabel());
            }
        });
        return address;
    }

    private String place(ResidentDetails resident) {
        if (resident.neighbourhoodId() == null) {
            return "";
        }
        NeighbourhoodSummary neighbourhood = neighbourhoods.get(resident.neighbourhoodId());
        return neighbourhood.territoryName() + " \u2014 " + neighbourhood.name();
    }

    @Transactional
    public int markBatchSent(UUID batchId) {
        List<VerificationLetter> batch = letters.findByBatchIdAndStatus(batchId, LetterStatus.GENERATED);
        batch.forEach(VerificationLetter::markSent);
        return batch.size();
    }

    @Transactional
    public int markSent(Collection<Long> letterIds) {
        List<VerificationLetter> chosen = letters.findByIdInAndStatus(letterIds, LetterStatus.GENERATED);
        chosen.forEach(VerificationLetter::markSent);
        return chosen.size();
    }

    public List<UnsentBatch> unsentBatches() {
        return letters.unsentBatches().stream()
                .map(row -> new UnsentBatch((UUID) row[0], (Instant) row[1], (Long) row[2])).toList();
    }

    public Optional<LetterView> latest(long residentId) {
        return letters.findFirstByResidentIdOrderByCreatedAtDesc(residentId).map(LetterView::of);
    }

    Map<Long, VerificationLetter> latest(Collection<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return Map.of();
        }
        return letters.findLatest(residentIds).stream()
                .collect(Collectors.toMap(VerificationLetter::getResidentId, Function.identity(), (a, b) -> a));
    }

    /** Until when the resident may not try a code, if they are locked out. */
    public Optional<Instant> lockedUntil(long residentId) {
        return attempts.findById(residentId).filter(a -> a.isLocked(Instant.now())).map(CodeAttempts::getLockedUntil);
    }

    public int failures(long residentId) {
        return attempts.findById(residentId).map(CodeAttempts::getFailures).orElse(0);
    }

    /**
     * Checks a code a pending resident typed. Wrong codes are counted (and committed) in the database; after
     * five, the resident is locked out for longer and longer. A right code verifies the resident.
     *
     * @throws org.voisinage.common.Refusal conflict ({@code Residents.HOUSEHOLD_FULL}) when the address already has
     *         its maximum of verified accounts (nothing is changed then)
     */
    @Transactional
    public CodeCheck check(long residentId, String typed, String clientAddress) {
        ResidentDetails resident = residents.details(residentId)
                .orElseThrow(() -> new NotFoundException("resident", residentId));
        if (resident.status() != ResidentStatus.PENDING) {
            return CodeCheck.of(CodeCheck.Outcome.NOT_PENDING);
        }
        if (resident.emailConfirmedAt() == null) {
            // no proof counts before the email address is confirmed; the code stays valid and is not counted
            return CodeCheck.of(CodeCheck.Outcome.EMAIL_UNCONFIRMED);
        }
        if (throttle.isBlocked(clientAddress)) {
            return CodeCheck.of(CodeCheck.Outcome.THROTTLED);
        }
        String code = LetterCodes.normalise(typed);
        if (!LetterCodes.isWellFormed(code)) {
            return CodeCheck.of(CodeCheck.Outcome.MALFORMED);
        }
        attempts.createIfMissing(residentId);
        CodeAttempts tries = attempts.lock(residentId).orElseThrow();
        Instant now = Instant.now();
        if (tries.isLocked(now)) {
            return new CodeCheck(CodeCheck.Outcome.LOCKED, tries.getLockedUntil(), 0);
        }
        Optional<VerificationLetter> active = letters.findActive(residentId);
        if (active.isPresent() && active.get().accepts(code)) {
            VerificationLetter letter = active.get();
            if (letter.isExpired(now)) {
                return CodeCheck.of(CodeCheck.Outcome.EXPIRED);
            }
            residents.verify(residentId, VerificationMethod.LETTER.code());
            letter.markUsed();
            tries.reset();
            audit.record(residentId, residentId, VerificationMethod.LETTER, AuditOutcome.VERIFIED, null);
            return CodeCheck.of(CodeCheck.Outcome.VERIFIED);
        }
        List<VerificationLetter> closed = letters.findByResidentIdAndStatusIn(residentId,
                List.of(LetterStatus.REVOKED, LetterStatus.USED));
        if (closed.stream().anyMatch(old -> old.accepts(code))) {
            // a real code, only replaced: not a guess, so not counted
            return CodeCheck.of(CodeCheck.Outcome.REVOKED);
        }
        if (active.isEmpty() && closed.isEmpty()) {
            return CodeCheck.of(CodeCheck.Outcome.NO_LETTER);
        }
        tries.miss(now);
        throttle.recordMiss(clientAddress);
        if (tries.isLocked(now)) {
            return new CodeCheck(CodeCheck.Outcome.LOCKED, tries.getLockedUntil(), 0);
        }
        return new CodeCheck(CodeCheck.Outcome.WRONG, null, Lockout.FREE_MISSES + 1 - tries.getFailures());
    }
}
