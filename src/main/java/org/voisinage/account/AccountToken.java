package org.voisinage.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/** A single-use emailed link. The database keeps the SHA-256 of the token, never the token. */
@Entity
class AccountToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long residentId;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    /** For a change of email address: the new address, which received the link. */
    private String newEmail;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected AccountToken() {}

    private AccountToken(long residentId, TokenPurpose purpose, String tokenHash, Instant expiresAt) {
        this.residentId = residentId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    /** A new token: the entity to store and the raw value to put in the link. */
    record Issued(AccountToken token, String value) {}

    static Issued issue(long residentId, TokenPurpose purpose, Instant now) {
        String value = randomValue();
        return new Issued(new AccountToken(residentId, purpose, hash(value), now.plus(purpose.validity)), value);
    }

    /** A link sent to a new address (a change of email, a takeover), which it makes the account's once used. */
    static Issued issueForNewEmail(long residentId, TokenPurpose purpose, String newEmail, Instant now) {
        Issued issued = issue(residentId, purpose, now);
        issued.token().newEmail = newEmail;
        return issued;
    }

    /** 256 random bits, URL-safe: the secret part of a link. */
    static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    Long getResidentId() { return residentId; }
    TokenPurpose getPurpose() { return purpose; }
    String getNewEmail() { return newEmail; }
}
