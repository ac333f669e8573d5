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

    String getMemberNumber() { return memberNumber; }
    String getName() { return name; }
    String getNumber() { return number; }
    String getStreet() { return street; }
    String getPostcode() { return postcode; }
    String getTown() { return town; }
    String getAddressId() { return addressId; }
    String getFlat() { return flat; }
    Instant getImportedAt() { return importedAt; }
}
