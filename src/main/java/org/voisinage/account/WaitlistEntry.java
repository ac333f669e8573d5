package org.voisinage.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Someone whose address lies in no neighbourhood yet. */
@Entity
public class WaitlistEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;
    private String addressId;
    private String addressLabel;
    private String postcode;
    private String town;
    private String locale;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected WaitlistEntry() {}

    WaitlistEntry(String email, String displayName, String addressId, String addressLabel, String postcode,
            String town, String locale) {
        this.email = email;
        this.displayName = displayName;
        this.addressId = addressId;
        this.addressLabel = addressLabel;
        this.postcode = postcode;
        this.town = town;
        this.locale = locale;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getAddressLabel() { return addressLabel; }
    public String getPostcode() { return postcode; }
    public String getTown() { return town; }
    public Instant getCreatedAt() { return createdAt; }
}
