package org.voisinage.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as kept in the session: identity and role only. Status and neighbourhood change
 * while a session lives (staff verify a resident), so pages read them fresh through {@link Residents}.
 * The password hash is there only while signing in: Spring Security erases it once the password is checked
 * ({@link CredentialsContainer}), so no session in the store holds it.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

    /** Fixed: sessions stored by one version are read by the next. */
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private String passwordHash;
    private final Role role;
    /** Banned or suspended when loaded: may not sign in (checked after the password, see {@link SanctionCheck}). */
    private final boolean barred;
    private final java.time.Instant suspendedUntil;
    private final String sanctionReason;
    /** An assisted account (made by staff, not taken over yet): may not sign in. */
    private final boolean assisted;

    CurrentUser(Resident resident, java.time.Instant now) {
        this.id = resident.getId();
        this.email = resident.getEmail();
        this.passwordHash = resident.getPasswordHash();
        this.role = resident.getRole();
        this.barred = resident.isBarred(now);
        this.suspendedUntil = resident.getBannedAt() == null ? resident.getSuspendedUntil() : null;
        this.sanctionReason = resident.getSanctionReason();
        this.assisted = resident.isAssisted();
    }

    public long id() { return id; }
    public Role role() { return role; }

    public boolean isStaff() {
        return role == Role.STAFF || role == Role.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    /** Disabled while assisted: staff act for the person until they take the account over with their own email. */
    @Override
    public boolean isEnabled() {
        return !assisted;
    }

    /** Locked while banned or suspended: remember-me cookies stop working too. */
    @Override
    public boolean isAccountNonLocked() {
        return !barred;
    }

    /** The end of a suspension, or null for a ban (when barred). */
    java.time.Instant suspendedUntil() { return suspendedUntil; }

    String sanctionReason() { return sanctionReason; }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() { return email; }

    /** One person, whatever the session: the session registry groups sessions by principal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
