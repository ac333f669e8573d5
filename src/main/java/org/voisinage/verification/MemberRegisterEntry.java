package org.voisinage.verification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member of the cooperative as its register lists them, with the directory address their address matched. */
@Entity
@Table(name = "member_register_entry")
class MemberRegisterEntry {

    @Id
    private String memberNumber;

    private String name;
    private String number;
    private String street;
    private String postcode;
    private String town;
    private String addressId;
    /** The member's flat or unit when the register gives one (optional column). */
    private String flat;
    private Instant importedAt;
    /** The last import that listed this member; an entry left out of the next one has left. */
    private Long lastImportId;
    private Instant leftAt;
    private Instant keptAt;
    private Long keptBy;
    private String keptReason;
    /** When its residents lost their verified status, the grace period over. */
    private Instant withdrawnAt;

    @Version
    private Long version;

    protected MemberRegisterEntry() {}

    MemberRegisterEntry(String memberNumber) {
        this.memberNumber = memberNumber;
    }

    void update(String name, String number, String street, String postcode, String town, String addressId,
            String flat) {
        this.name = name;
        this.number = number;
        this.street = street;
        this.postcode = postcode;
        this.town = town;
        this.addressId = addressId;
        this.flat = flat == null || flat.isBlank() ? null : flat;
        this.importedAt = Instant.now();
    }

    /** Listed by this import: a member who had left and is listed again is back (nothing to withdraw any more). */
    void listedBy(long importId) {
        this.lastImportId = importId;
        this.leftAt = null;
        this.keptAt = null;
        this.keptBy = null;
        this.keptReason = null;
        this.withdrawnAt = null;
    }

    /** Staff keep a member the register no longer lists: their residents stay verified. */
    void keep(long staffId, String reason, Instant at) {
        this.keptAt = at;
        this.keptBy = staffId;
        this.keptReason = reason;
    }

    void withdrawn(Instant at) {
        this.withdrawnAt = at;
    }

    String getMemberNumber() { return memberNumber; }
    Long getLastImportId() { return lastImportId; }
    Instant getLeftAt() { return leftAt; }
    Instant getKeptAt() { return keptAt; }
    String getKeptReason() { return keptReason; }
    Instant getWithdrawnAt() { return withdrawnAt; }
    String getName() { return name; }
    String getNumber() { return number; }
    String getStreet() { return street; }
    String getPostcode() { return postcode; }
    String getTown() { return town; }
    String getAddressId() { return addressId; }
    String getFlat() { return flat; }
    Instant getImportedAt() { return importedAt; }
}
