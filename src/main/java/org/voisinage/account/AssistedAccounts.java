package org.voisinage.account;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.directory.DirectoryAddress;
import org.voisinage.neighbourhood.NeighbourhoodSummary;

/**
 * Assisted accounts: staff make one for a resident without email, at their dwelling, and act on their behalf; later
 * the person may give an email, confirm it by the link it receives and choose a password: the account is then theirs
 * and no longer assisted. Until then it cannot sign in and receives no email.
 */
@Service
public class AssistedAccounts {

    static final String ADDRESS_UNKNOWN = "account.assisted.address.unknown";
    static final String OUTSIDE_NEIGHBOURHOODS = "account.assisted.address.outside";
    static final String OTHER_TERRITORY = "account.assisted.address.otherTerritory";
    static final String EMAIL_TAKEN = "account.assisted.email.taken";
    static final String NOT_ASSISTED = "account.assisted.notAssisted";

    private final Signups signups;
    private final Residents accounts;
    private final ResidentRepository residents;
    private final AccountLinks links;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AssistedAccounts(Signups signups, Residents accounts, ResidentRepository residents, AccountLinks links,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.signups = signups;
        this.accounts = accounts;
        this.residents = residents;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * A pending assisted account at the directory address and flat the form gives, in a neighbourhood of the staff
     * member's territories (the caller verifies it, as staff, in the same transaction).
     *
     * @throws Refusal invalid on the address fields (unknown, outside every neighbourhood, another territory's),
     *         conflict {@link Residents#HOUSEHOLD_FULL} on "flat" when the dwelling is full
     */
    @Transactional
    public long create(AssistedAccountForm form, Viewer staff) {
        if (!staff.staff()) {
            throw Refusal.forbidden(OTHER_TERRITORY);
        }
        DirectoryAddress address = signups.match(form.address()).exact()
                .orElseThrow(() -> Refusal.invalid("street", ADDRESS_UNKNOWN));
        NeighbourhoodSummary neighbourhood = signups.place(address.id()).flatMap(Signups.Placement::neighbourhood)
                .orElseThrow(() -> Refusal.invalid("street", OUTSIDE_NEIGHBOURHOODS));
        if (!staff.staffOf(neighbourhood.territoryId())) {
            throw Refusal.invalid("street", OTHER_TERRITORY);
        }
        String flat = form.flat() == null || form.flat().isBlank() ? null : form.flat().strip();
        if (accounts.householdFull(address.id(), flat)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "flat", Residents.HOUSEHOLD_FULL);
        }
        Resident resident = Resident.assisted(form.displayName(), form.language().locale(),
                passwordEncoder.encode(AccountToken.randomValue()), clock.instant());
        resident.livesAt(neighbourhood.id(), address.id(), address.street(), flat, null);
        residents.save(resident);
        return resident.getId();
    }

    /**
     * Sends the link that lets the person take the account over to the email they gave; the account stays assisted
     * until the link is used.
     *
     * @throws Refusal conflict on "email" when another account has this email, or the account is not assisted
     */
    @Transactional
    public void offerTakeover(long residentId, String email) {
        Resident resident = assisted(residentId);
        String address = Resident.normaliseEmail(email);
        if (residents.findByEmail(address).isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "email", EMAIL_TAKEN);
        }
        links.send(resident, TokenPurpose.TAKEOVER, address);
    }

    /** Whether the takeover link can still be used (the page asks for a password first). */
    public boolean isUsable(String token) {
        return links.isUsable(token, TokenPurpose.TAKEOVER);
    }

    /**
     * The person takes the account over: the email that received the link becomes theirs, confirmed, with the
     * password they chose; the account is no longer assisted. False for an unknown, used or expired link, or when
     * the email has meanwhile been taken by another account.
     */
    @Transactional
    public boolean takeOver(String token, String password) {
        return links.take(token, TokenPurpose.TAKEOVER).flatMap(t -> residents.findById(t.getResidentId())
                .filter(Resident::isAssisted)
                .filter(r -> residents.findByEmail(t.getNewEmail()).isEmpty())
                .map(r -> {
                    r.takeOver(t.getNewEmail(), passwordEncoder.encode(password));
                    return true;
                })).orElse(false);
    }

    private Resident assisted(long residentId) {
        Resident resident = residents.findById(residentId)
                .orElseThrow(() -> new NotFoundException("resident", residentId));
        if (!resident.isAssisted()) {
            throw Refusal.conflict(NOT_ASSISTED);
        }
        return resident;
    }
}
