package org.voisinage.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;

/** A person with an account: a resident of a neighbourhood, or a member of staff. */
@Entity
public class Resident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Enumerated(EnumType.STRING)
    private ResidentStatus status;

    private Long neighbourhoodId;
    private String addressId;
    private String streetLabel;
    private String flat;
    private String memberNumber;
    private String locale;
    private Instant emailConfirmedAt;
    private Instant verifiedAt;
    private Instant suspendedUntil;
    private Instant bannedAt;
    private String sanctionReason;
    /** Set when the account was deleted: the row stays (what the person wrote to others points to it), emptied. */
    private Instant erasedAt;
    /** Set while the account is assisted: made by staff for someone without email, until they take it over. */
    private Instant assistedSince;

    /** For moderators: the neighbourhoods they moderate. */
    @ElementCollection
    @CollectionTable(name = "moderator_neighbourhood", joinColumns = @JoinColumn(name = "resident_id"))
    @Column(name = "neighbourhood_id")
    private Set<Long> moderatedNeighbourhoods = new HashSet<>();

    /** For staff: the territories they are limited to; none for staff of every territory. */
    @ElementCollection
    @CollectionTable(name = "staff_territory", joinColumns = @JoinColumn(name = "resident_id"))
    @Column(name = "territory_id")
    private Set<Long> staffTerritories = new HashSet<>();

    @Column(updatable = false, insertable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Resident() {}

    public Resident(String email, String displayName, String passwordHash, Role role, Locale locale) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.role = role;
        this.status = ResidentStatus.PENDING;
        this.locale = locale.getLanguage();
    }

    /**
     * An assisted account, for a resident without email: an address that can receive nothing (the outbox drops
     * {@code .invalid} recipients) and will never be typed at sign-in, a password nobody knows.
     */
    static Resident assisted(String displayName, Locale locale, String unusablePasswordHash, Instant now) {
        Resident resident = new Resident("assisted-" + AccountToken.randomValue().toLowerCase(Locale.ROOT)
                + "@assisted.invalid", displayName, unusablePasswordHash, Role.RESIDENT, locale);
        resident.assistedSince = now;
        return resident;
    }

    /** The person takes the assisted account over: their own email (confirmed by the link) and password. */
    void takeOver(String email, String passwordHash) {
        changeEmail(email);
        this.passwordHash = passwordHash;
        this.assistedSince = null;
    }

    public boolean isAssisted() {
        return assistedSince != null;
    }

    /** Emails are compared without case or surrounding blanks. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void livesAt(long neighbourhoodId, String addressId, String streetLabel, String flat, String memberNumber) {
        this.neighbourhoodId = neighbourhoodId;
        this.addressId = addressId;
        this.streetLabel = streetLabel;
        this.flat = flat;
        this.memberNumber = memberNumber;
    }

    /** Another flat at the same address (blank: the address's single dwelling). */
    void correctFlat(String flat) {
        this.flat = flat == null || flat.isBlank() ? null : flat.strip();
    }

    /** Records that the person read a link sent to the address; true the first time only. */
    public boolean confirmEmail() {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = Instant.now();
            return true;
        }
        return false;
    }

    public void verify() {
        status = ResidentStatus.VERIFIED;
        verifiedAt = Instant.now();
    }

    /** Back to proving an address (left the cooperative, moved): members-only content stops at once. */
    void unverify() {
        status = ResidentStatus.PENDING;
        verifiedAt = null;
    }

    public void reject() {
        status = ResidentStatus.REJECTED;
    }

    /** The name neighbours see, and the language of the pages and emails (the account page). */
    void rename(String displayName, Locale locale) {
        this.displayName = displayName.strip();
        this.locale = locale.getLanguage();
    }

    /** A new address, confirmed by the link it received. */
    void changeEmail(String email) {
        this.email = normaliseEmail(email);
        this.emailConfirmedAt = Instant.now();
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** The same password, hashed the current way (at sign-in, when the stored hash is outdated). */
    void rehashPassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Sets the role; a moderator keeps the given neighbourhoods, other roles none. */
    public void assignRole(Role role, Set<Long> neighbourhoods) {
        this.role = role;
        moderatedNeighbourhoods.clear();
        if (role == Role.MODERATOR) {
            moderatedNeighbourhoods.addAll(neighbourhoods);
        }
    }

    public Set<Long> getModeratedNeighbourhoods() { return Set.copyOf(moderatedNeighbourhoods); }

    /** Limits a member of staff to these territories (none: every territory). */
    void limitStaffTo(Set<Long> territories) {
        staffTerritories.clear();
        staffTerritories.addAll(territories);
    }

    public Set<Long> getStaffTerritories() { return Set.copyOf(staffTerritories); }

    public boolean isVerified() {
        return status == ResidentStatus.VERIFIED;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public Role getRole() { return role; }
    public ResidentStatus getStatus() { return status; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public String getAddressId() { return addressId; }
    public String getStreetLabel() { return streetLabel; }
    public String getFlat() { return flat; }
    public String getMemberNumber() { return memberNumber; }
    public Locale getLocale() { return Locale.forLanguageTag(locale); }
    public Instant getEmailConfirmedAt() { return emailConfirmedAt; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public Instant getSuspendedUntil() { return suspendedUntil; }
    public Instant getBannedAt() { return bannedAt; }
    public String getSanctionReason() { return sanctionReason; }

    /**
     * Deletes the account: every personal datum goes (name, email, address, member number, password); the row stays
     * so that what the person wrote to others is still shown, signed "former neighbour". The email becomes an
     * address that can receive nothing and will never be typed at sign-in.
     */
    void erase(Instant now, String unusablePasswordHash) {
        this.erasedAt = now;
        this.status = ResidentStatus.ERASED;
        this.email = "erased-" + id + "@erased.invalid";
        this.displayName = "";
        this.passwordHash = unusablePasswordHash;
        this.role = Role.RESIDENT;
        this.moderatedNeighbourhoods.clear();
        this.addressId = null;
        this.streetLabel = null;
        this.flat = null;
        this.memberNumber = null;
        this.emailConfirmedAt = null;
        this.sanctionReason = null;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() { return erasedAt; }

    /** Banned, suspended until after {@code now}, or deleted: may not sign in, be contacted or act. */
    public boolean isBarred(Instant now) {
        return erasedAt != null || bannedAt != null || (suspendedUntil != null && suspendedUntil.isAfter(now));
    }

    public void suspendUntil(Instant until, String reason) {
        this.suspendedUntil = until;
        this.sanctionReason = reason;
    }

    public void ban(Instant at, String reason) {
        this.bannedAt = at;
        this.sanctionReason = reason;
    }

    /** Lifts a suspension or a ban (an appeal accepted). */
    public void lift() {
        this.suspendedUntil = null;
        this.bannedAt = null;
        this.sanctionReason = null;
    }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
