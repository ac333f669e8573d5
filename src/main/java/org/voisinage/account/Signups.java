package org.voisinage.account;

import java.util.Locale;
import java.util.Optional;
import org.voisinage.common.SiteProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.directory.AddressMatch;
import org.voisinage.directory.AddressQuery;
import org.voisinage.directory.DirectoryAddress;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/**
 * Signup: find the address in the directory, place it in a neighbourhood (or on the waitlist), create a
 * pending resident and email a confirmation link. Never tells whether an email is already registered.
 */
@Service
public class Signups {

    private final AddressDirectory directory;
    private final Neighbourhoods neighbourhoods;
    private final ResidentRepository residents;
    private final WaitlistRepository waitlist;
    private final AccountLinks links;
    private final PasswordEncoder passwordEncoder;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final String baseUrl;
    private final Residents accounts;

    Signups(AddressDirectory directory, Neighbourhoods neighbourhoods, ResidentRepository residents,
            WaitlistRepository waitlist, AccountLinks links, PasswordEncoder passwordEncoder, Outbox outbox,
            ApplicationEventPublisher events, SiteProperties site, Residents accounts) {
        this.directory = directory;
        this.neighbourhoods = neighbourhoods;
        this.residents = residents;
        this.waitlist = waitlist;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.outbox = outbox;
        this.events = events;
        this.baseUrl = site.baseUrl();
        this.accounts = accounts;
    }

    /**
     * Where an address leads: a neighbourhood to join, the waitlist, or a household already full: the accounts
     * without a flat (the address's single dwelling) have reached the cap. Someone of another flat may still join,
     * unless the address is known to hold one dwelling only.
     */
    public record Placement(DirectoryAddress address, Optional<NeighbourhoodSummary> neighbourhood, boolean householdFull) {

        /** Full and known to be one dwelling: no other flat to give. */
        public boolean closed() {
            return householdFull && Integer.valueOf(1).equals(address.dwellings());
        }
    }

    public AddressMatch match(AddressForm form) {
        return directory.match(new AddressQuery(form.number(), form.street(), form.postcode(), form.town()));
    }

    @Transactional(readOnly = true)
    public Optional<Placement> place(String addressId) {
        return directory.find(addressId).map(address -> new Placement(address,
                neighbourhoods.containing(address.longitude(), address.latitude()),
                !address.severalDwellings() && accounts.householdFull(address.id(), null)));
    }

    /** What happened to a signup, for the controller to show. */
    public enum Outcome { CHECK_EMAIL, UNKNOWN_ADDRESS, OUTSIDE_NEIGHBOURHOODS, HOUSEHOLD_FULL }

    @Transactional
    /**
     * @param clientAddress where the form came from, for the limits on guessing member numbers
     * @throws org.voisinage.common.Refusal (limited) when too many member numbers were tried for this
     *         address or from this client (nothing is created)
     */
    public Outcome register(AccountForm form, Locale locale, String clientAddress) {
        Optional<Placement> placement = place(form.addressId());
        if (placement.isEmpty()) {
            return Outcome.UNKNOWN_ADDRESS;
        }
        if (placement.get().neighbourhood().isEmpty()) {
            return Outcome.OUTSIDE_NEIGHBOURHOODS;
        }
        if (accounts.householdFull(form.addressId(), blankToNull(form.flat()))) {
            return Outcome.HOUSEHOLD_FULL;
        }
        DirectoryAddress address = placement.get().address();
        NeighbourhoodSummary neighbourhood = placement.get().neighbourhood().get();
        String email = Resident.normaliseEmail(form.email());
        // hash before looking the email up, so both answers take the same time
        String passwordHash = passwordEncoder.encode(form.password());
        Optional<Resident> existing = residents.findByEmail(email);
        if (existing.isPresent()) {
            Resident owner = existing.get();
            outbox.queue(Email.to(owner.getEmail(), owner.getLocale(), "account/email/existing-account",
                            "account.email.existing.subject")
                    .with("name", owner.getDisplayName())
                    .with("signInUrl", baseUrl + "/login")
                    .with("resetUrl", baseUrl + "/password/forgot"));
            return Outcome.CHECK_EMAIL;
        }
        Resident resident = new Resident(email, form.displayName(), passwordHash, Role.RESIDENT, locale);
        resident.livesAt(neighbourhood.id(), address.id(), address.street(), blankToNull(form.flat()),
                normaliseMemberNumber(form.memberNumber()));
        residents.save(resident);
        events.publishEvent(new ResidentSignedUp(resident.getId(), neighbourhood.id(), address.id(),
                resident.getMemberNumber(), clientAddress));
        links.send(resident, TokenPurpose.EMAIL_CONFIRMATION);
        return Outcome.CHECK_EMAIL;
    }

    /** Staff dashboard: how many people wait, per commune and postcode, largest demand first. */
    @Transactional(readOnly = true)
    public java.util.List<WaitlistDemand> waitlistDemand() {
        return waitlist.demandByTownAndPostcode().stream()
                .sorted(java.util.Comparator.comparingLong(WaitlistDemand::people).reversed()).toList();
    }

    /** Trends: how many people joined the waiting list per commune and month, from {@code since} to before {@code until}. */
    @Transactional(readOnly = true)
    public java.util.List<WaitlistMonth> waitlistByMonth(java.time.Instant since, java.time.Instant until,
            java.time.ZoneId zone) {
        return waitlist.joinedByTownAndMonth(since, until, zone.getId()).stream()
                .map(r -> new WaitlistMonth((String) r[0], (String) r[1], java.time.YearMonth.parse((String) r[2]),
                        ((Number) r[3]).longValue()))
                .toList();
    }

    @Transactional
    public Outcome joinWaitlist(WaitlistForm form, Locale locale) {
        Optional<Placement> placement = place(form.addressId());
        if (placement.isEmpty()) {
            return Outcome.UNKNOWN_ADDRESS;
        }
        DirectoryAddress address = placement.get().address();
        String email = Resident.normaliseEmail(form.email());
        if (!waitlist.existsByEmailAndAddressId(email, address.id())) {
            waitlist.save(new WaitlistEntry(email, form.displayName().strip(), address.id(), address.label(),
                    address.postcode(), address.town(), locale.getLanguage()));
        }
        return Outcome.OUTSIDE_NEIGHBOURHOODS;
    }

    /** Creates an account directly (operator, demo data); the id of the new person. */
    @Transactional
    public long createAccount(NewAccount account) {
        Resident resident = new Resident(account.email(), account.displayName(), passwordEncoder.encode(account.password()),
                account.role(), account.locale());
        if (account.addressId() != null) {
            Placement placement = place(account.addressId())
                    .orElseThrow(() -> new IllegalStateException("no directory address " + account.addressId()));
            NeighbourhoodSummary neighbourhood = placement.neighbourhood()
                    .orElseThrow(() -> new IllegalStateException("address in no neighbourhood: " + account.addressId()));
            resident.livesAt(neighbourhood.id(), placement.address().id(), placement.address().street(), null, null);
        }
        resident.confirmEmail();
        resident.assignRole(account.role(), account.moderatedNeighbourhoods());
        if (account.verified()) {
            resident.verify();
        }
        residents.save(resident);
        return resident.getId();
    }

    /** Whether any administrator exists, so that a first one can be created at start-up. */
    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return residents.existsByRole(Role.ADMIN);
    }

    static String normaliseMemberNumber(String memberNumber) {
        return memberNumber == null || memberNumber.isBlank()
                ? null
                : memberNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
