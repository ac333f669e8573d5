package org.voisinage.api;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A read API token, by its SHA-256 only (the token is shown once, when made). */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ApiTokenKind kind;

    private String name;
    private String tokenHash;
    /** The token's first characters, so that its owner recognises it in the list. */
    private String hint;
    private Long residentId;
    private long createdBy;
    /** Browser origins allowed to call with it (CORS), one per line; none: no browser page may. */
    private String allowedOrigins;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    private Instant lastUsedAt;
    private Instant revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_territory", joinColumns = @JoinColumn(name = "token_id"))
    @Column(name = "territory_id")
    private Set<Long> territories = new HashSet<>();

    protected ApiToken() {}

    ApiToken(ApiTokenKind kind, String name, String tokenHash, String hint, Long residentId, long createdBy,
            Set<Long> territories, List<String> allowedOrigins) {
        this.kind = kind;
        this.name = name;
        this.tokenHash = tokenHash;
        this.hint = hint;
        this.residentId = residentId;
        this.createdBy = createdBy;
        this.territories = new HashSet<>(territories);
        this.allowedOrigins = String.join("\n", allowedOrigins);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    List<String> allowedOriginList() {
        return allowedOrigins == null || allowedOrigins.isBlank() ? List.of()
                : Arrays.stream(allowedOrigins.split("\n")).filter(o -> !o.isBlank()).toList();
    }

    Long getId() { return id; }
    ApiTokenKind getKind() { return kind; }
    String getName() { return name; }
    String getHint() { return hint; }
    Long getResidentId() { return residentId; }
    long getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
    Instant getLastUsedAt() { return lastUsedAt; }
    Instant getRevokedAt() { return revokedAt; }
    Set<Long> getTerritories() { return Set.copyOf(territories); }
}
